package org.cohesion.experience.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cohesion.platform.domain.DomainException;

/**
 * The rules of a budget: amounts in euros, at most two decimals, never negative, below a sane
 * ceiling; the shares never add up to more than the total, and what they leave is shown as
 * unfunded. Pure, tested without a server.
 *
 * @param total the action's total budget, or null when not given (then no share may be given)
 */
public record Budget(BigDecimal total, List<Funding> shares) {

  /** Ten billion euros: beyond that it is a typing error, not an action of a town. */
  public static final BigDecimal CEILING = new BigDecimal("9999999999.99");

  public Budget {
    shares = shares == null ? List.of() : List.copyOf(shares);
  }

  /** Refuses a budget that breaks a rule, naming the rule (and the amounts) in a message key. */
  public Budget check() {
    if (total != null) {
      amount(total, "experience.budget.total");
    }
    for (Funding share : shares) {
      amount(share.getAmount(), "experience.funder." + share.getFunder().name());
    }
    if (total == null && !shares.isEmpty()) {
      throw new DomainException("experience.budget.sharesWithoutTotal");
    }
    if (total != null && funded().compareTo(total) > 0) {
      throw new DomainException(
          "experience.budget.overfunded", funded().toPlainString(), total.toPlainString());
    }
    return this;
  }

  private static void amount(BigDecimal value, String whatKey) {
    if (value.signum() < 0) {
      throw new DomainException("experience.budget.negative", whatKey);
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new DomainException("experience.budget.cents", whatKey);
    }
    if (value.compareTo(CEILING) > 0) {
      throw new DomainException("experience.budget.tooLarge", whatKey);
    }
  }

  /** What the shares add up to. */
  public BigDecimal funded() {
    return shares.stream().map(Funding::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What the shares leave of the total: zero when they cover it, null without a total. */
  public BigDecimal unfunded() {
    return total == null ? null : total.subtract(funded()).max(BigDecimal.ZERO);
  }

  /** A share as a percentage of the total, one decimal, or null without a (non-zero) total. */
  public BigDecimal percent(BigDecimal amount) {
    if (total == null || total.signum() == 0) {
      return null;
    }
    return amount.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
  }
}
