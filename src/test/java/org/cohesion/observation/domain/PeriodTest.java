package org.cohesion.observation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void readsTheWrittenForms() {
    assertEquals(Optional.of(Period.year(2008)), Period.parse("2008"));
    assertEquals(Optional.of(new Period(2008, 1)), Period.parse("2008-T1"));
    assertEquals(Optional.of(new Period(2008, 1)), Period.parse("2008 - t1"));
    assertEquals(Optional.of(new Period(2008, 3)), Period.parse("2008_Q3"));
    assertEquals(Optional.of(new Period(2008, 4)), Period.parse("2008 Q4"));
    assertEquals(Optional.of(new Period(2008, 2)), Period.parse("2008T2"));
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
  }
}
