package org.cohesion.observation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
<<<<<<< HEAD
=======
import static org.junit.jupiter.api.Assertions.assertTrue;
>>>>>>> h9-tools

import java.util.Optional;
import org.junit.jupiter.api.Test;

<<<<<<< HEAD
class PeriodTest {

  @Test
  void readsTheWrittenForms() {
    assertEquals(Optional.of(Period.year(2008)), Period.parse("2008"));
    assertEquals(Optional.of(new Period(2008, 1)), Period.parse("2008-T1"));
    assertEquals(Optional.of(new Period(2008, 1)), Period.parse("2008 - t1"));
    assertEquals(Optional.of(new Period(2008, 3)), Period.parse("2008_Q3"));
    assertEquals(Optional.of(new Period(2008, 4)), Period.parse("2008 Q4"));
    assertEquals(Optional.of(new Period(2008, 2)), Period.parse("2008T2"));
=======
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
>>>>>>> h9-tools
  }

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
<<<<<<< HEAD
    assertEquals(Optional.empty(), Period.parse(null));
    assertEquals(Optional.empty(), Period.parse("1899"));
    assertEquals(Optional.empty(), Period.parse("2008-T5"));
    assertEquals(Optional.empty(), Period.parse("2008--T1"));
    assertEquals(Optional.empty(), Period.parse("2008-"));
    assertEquals(Optional.empty(), Period.parse("2008 x"));
    assertEquals(Optional.empty(), Period.parse("2008-T1x"));
    assertEquals(Optional.empty(), Period.parse("20O8"));
  }

  /** The input that held a thread for hours with the old regex: refused, whatever its size. */
  @Test
  void refusesAMegabyteAtOnce() {
    String huge = "2008" + " ".repeat(1024 * 1024) + "x";
    long start = System.nanoTime();
    Optional<Period> parsed = Period.parse(huge);
    long micros = (System.nanoTime() - start) / 1000;
    System.out.println("Period.parse of " + huge.length() + " characters: " + micros + " µs");
    assertEquals(Optional.empty(), parsed);
    // Under the cap, a run of spaces is still refused (and in linear time).
    assertEquals(Optional.empty(), Period.parse("2008" + " ".repeat(11) + "x"));
=======
    for (String text : new String[] {"2008--T1", "2008 T5", "2008-", "T1", "1850", "20081"}) {
      assertTrue(Period.parse(text).isEmpty(), text);
    }
  }

  @Test
  void refusesALongRunOfSpacesBeforeAWrongCharacter() {
    // With the former pattern this input backtracked for minutes (quadratic in the spaces): a
    // ?period= parameter could keep a request thread busy. It is now read in one pass.
    assertTrue(Period.parse("2020" + " ".repeat(100_000) + "x").isEmpty());
>>>>>>> h9-tools
  }
}
