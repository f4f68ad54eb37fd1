package org.cohesion.experience.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.cohesion.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

class BudgetTest {

  private static Funding share(Funder funder, String amount) {
    return new Funding(funder, null, new BigDecimal(amount));
  }

  private static String refusal(Budget budget) {
    return assertThrows(DomainException.class, budget::check).messageKey();
  }

  @Test
  void sharesThatCoverTheTotalLeaveNothingUnfunded() {
    Budget b =
        new Budget(
                new BigDecimal("40000"),
                List.of(
                    share(Funder.STATE, "16000"),
                    share(Funder.CAF, "12000"),
                    share(Funder.COMMUNE, "12000")))
            .check();
    assertEquals(0, b.unfunded().signum());
    assertEquals(new BigDecimal("40.0"), b.percent(new BigDecimal("16000")));
    assertEquals(new BigDecimal("30.0"), b.percent(new BigDecimal("12000")));
  }

  @Test
  void whatTheSharesLeaveIsShownAsUnfunded() {
    Budget b =
        new Budget(
                new BigDecimal("25000.50"),
                List.of(share(Funder.STATE, "10000"), share(Funder.REGION, "5000.25")))
            .check();
    assertEquals(new BigDecimal("15000.25"), b.funded());
    assertEquals(new BigDecimal("10000.25"), b.unfunded());
  }

  @Test
  void sharesAboveTheTotalAreRefusedWithBothAmounts() {
    Budget b = new Budget(new BigDecimal("1000"), List.of(share(Funder.EPCI, "1000.01")));
    DomainException e = assertThrows(DomainException.class, b::check);
    assertEquals("experience.budget.overfunded", e.messageKey());
    assertEquals("1000.01", e.arguments()[0]);
    assertEquals("1000", e.arguments()[1]);
  }

  @Test
  void negativeAmountsCentsBeyondTwoDigitsAndAbsurdSumsAreRefused() {
    assertEquals(
        "experience.budget.negative", refusal(new Budget(new BigDecimal("-1"), List.of())));
    assertEquals(
        "experience.budget.negative",
        refusal(new Budget(new BigDecimal("10"), List.of(share(Funder.OTHER, "-0.01")))));
    assertEquals(
        "experience.budget.cents", refusal(new Budget(new BigDecimal("10.001"), List.of())));
    assertEquals(
        "experience.budget.tooLarge",
        refusal(new Budget(new BigDecimal("10000000000"), List.of())));
    // Trailing zeros are not cents: 10.500 is 10.50.
    new Budget(new BigDecimal("10.500"), List.of()).check();
  }

  @Test
  void sharesWithoutATotalAreRefused() {
    assertEquals(
        "experience.budget.sharesWithoutTotal",
        refusal(new Budget(null, List.of(share(Funder.STATE, "10")))));
    Budget none = new Budget(null, null).check();
    assertNull(none.unfunded());
    assertNull(none.percent(BigDecimal.ONE));
  }

  @Test
  void theRefusalOfAnAmountNamesWhoseAmountItIs() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () -> new Budget(BigDecimal.TEN, List.of(share(Funder.CAF, "-2"))).check());
    assertEquals("experience.funder.CAF", e.arguments()[0]);
  }
}
