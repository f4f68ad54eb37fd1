package org.cohesion.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserLocaleTest {

  @Test
  void theQueryStringOfThePageGivesItsParametersDecoded() {
    assertEquals(
        Map.of("code", List.of("TCHOM"), "period", List.of("2008", "2009"), "q", List.of("é &x")),
        UserLocale.parameters("code=TCHOM&period=2008&period=2009&q=%C3%A9+%26x"));
    assertEquals(Map.of("flag", List.of("")), UserLocale.parameters("flag&="));
  }

  @Test
  void noQueryOrABrokenOrOversizedOneGivesNoParameters() {
    assertEquals(Map.of(), UserLocale.parameters(null));
    assertEquals(Map.of(), UserLocale.parameters(""));
    assertEquals(Map.of(), UserLocale.parameters("a=%zz"));
    assertEquals(Map.of(), UserLocale.parameters("a=" + "x".repeat(2000)));
  }

  @Test
  void atMostTwentyParametersAreKept() {
    StringBuilder query = new StringBuilder("p0=0");
    for (int i = 1; i < 50; i++) {
      query.append("&p").append(i).append('=').append(i);
    }
    assertEquals(20, UserLocale.parameters(query.toString()).size());
  }
}
