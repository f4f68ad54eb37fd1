package org.cohesion.observation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import org.cohesion.observation.domain.IndicatorUnit;
import org.cohesion.observation.domain.ObservationStatus;
import org.cohesion.platform.web.Messages;
import org.cohesion.platform.web.UserLocale;

/**
 * Values as the pages write them, in the user's language: "34,0 %", "89 800", "secret" for a value
 * under statistical secret (never 0), "—" when there is none.
 */
@Named("obsValues")
@ApplicationScoped
public class Values {

  @Inject UserLocale userLocale;

  public String format(BigDecimal value, ObservationStatus status, IndicatorUnit unit) {
    if (status == ObservationStatus.SUPPRESSED) {
      return Messages.text(userLocale.getLocale(), "observation.secret");
    }
    if (value == null) {
      return "—";
    }
    NumberFormat nf = NumberFormat.getNumberInstance(userLocale.getLocale());
    // Counts are whole numbers as a rule, but a file may give decimals (an estimate): keep them.
    int scale = unit == IndicatorUnit.COUNT ? 0 : 1;
    int max = unit == IndicatorUnit.COUNT ? 2 : 1;
    nf.setMinimumFractionDigits(scale);
    nf.setMaximumFractionDigits(max);
    String text = nf.format(value.setScale(max, RoundingMode.HALF_UP));
    return switch (unit) {
      case PERCENT -> text + " %";
      case EURO -> text + " €";
      case RATE_PER_1000 -> text + " ‰";
      default -> text;
    };
  }

  public String unit(IndicatorUnit unit) {
    return Messages.text(userLocale.getLocale(), "indicatorUnit." + unit);
  }
}
