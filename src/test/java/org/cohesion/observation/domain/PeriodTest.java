package org.cohesion.observation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a period is read from a URL parameter or an imported cell. */
class PeriodTest {

  @Test
  void readsTheYearAndEveryWrittenFormOfAQuarter() {
    assertEquals(Optional.of(Period.year(2008)), Period.parse(" 2008 "));
    for (String text :
        new String[] {
          "2008-T1", "2008T1", "2008-Q1", "2008 Q1", "2008 - q1", "2008_t1", "2008 _ T1"
        }) {
      assertEquals(Optional.of(new Period(2008, 1)), Period.parse(text), text);
    }
  }

  @Test
  void refusesWhatIsNotAPeriod() {
    for (String text : new String[] {"2008--T1", "2008 T5", "2008-", "T1", "1850", "20081"}) {
      assertTrue(Period.parse(text).isEmpty(), text);
    }
  }

  @Test
  void refusesALongRunOfSpacesBeforeAWrongCharacter() {
    // With the former pattern this input backtracked for minutes (quadratic in the spaces): a
    // ?period= parameter could keep a request thread busy. It is now read in one pass.
    assertTrue(Period.parse("2020" + " ".repeat(100_000) + "x").isEmpty());
  }
}
