package org.cohesion.experience.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cohesion.experience.domain.ExperienceSheet;
import org.cohesion.experience.domain.Funder;
import org.cohesion.experience.domain.Funding;
import org.cohesion.experience.domain.KeyMoment;
import org.cohesion.experience.domain.ResultIndicator;
import org.cohesion.experience.domain.TargetPublic;

/**
 * The sheet's identity, means and results as a form sends them. The service checks it whatever
 * called it; the limits are the entity's, also used by the page's {@code maxlength}.
 */
public record SheetForm(
    @NotBlank(message = "{experience.title.required}")
        @Size(max = ExperienceSheet.MAX_TITLE, message = "{experience.title.size}")
        String title,
    Set<Long> themeIds,
    Long territoryId,
    TargetPublic audience,
    LocalDate periodStart,
    LocalDate periodEnd,
    @Size(max = ExperienceSheet.MAX_LINE, message = "{experience.line.size}") String projectOwner,
    @Size(max = ExperienceSheet.MAX_PARTNERS, message = "{experience.partners.size}")
        String partners,
    @Size(max = ExperienceSheet.MAX_LINE, message = "{experience.line.size}") String contact,
    boolean withGrid,
    @DecimalMin(value = "0", message = "{experience.amount.negative}")
        @Digits(integer = 10, fraction = 2, message = "{experience.amount.format}")
        BigDecimal budgetTotal,
    @Size(max = 12, message = "{experience.fundings.size}") List<@Valid Share> fundings,
    @Size(max = 30, message = "{experience.moments.size}") List<@Valid Moment> keyMoments,
    @Size(max = 30, message = "{experience.indicators.size}") List<@Valid Measure> indicators)
    implements Serializable {

  public SheetForm {
    themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
    fundings = fundings == null ? List.of() : List.copyOf(fundings);
    keyMoments = keyMoments == null ? List.of() : List.copyOf(keyMoments);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }

  public record Share(
      @NotNull(message = "{experience.funder.required}") Funder funder,
      @Size(max = Funding.MAX_LABEL, message = "{experience.line.size}") String label,
      @NotNull(message = "{experience.amount.required}")
          @DecimalMin(value = "0", message = "{experience.amount.negative}")
          @Digits(integer = 10, fraction = 2, message = "{experience.amount.format}")
          BigDecimal amount)
      implements Serializable {}

  public record Moment(
      @NotNull(message = "{experience.moment.dateRequired}") LocalDate date,
      @NotBlank(message = "{experience.moment.labelRequired}")
          @Size(max = KeyMoment.MAX_LABEL, message = "{experience.line.size}")
          String label)
      implements Serializable {}

  public record Measure(
      @NotBlank(message = "{experience.indicator.labelRequired}")
          @Size(max = ResultIndicator.MAX_LABEL, message = "{experience.line.size}")
          String label,
      @NotBlank(message = "{experience.indicator.valueRequired}")
          @Size(max = ResultIndicator.MAX_VALUE, message = "{experience.line.size}")
          String value,
      @Size(max = ResultIndicator.MAX_PERIOD, message = "{experience.line.size}") String period,
      @Size(max = ResultIndicator.MAX_SOURCE, message = "{experience.line.size}") String source,
      Long indicatorId,
      Long territoryId)
      implements Serializable {}
}
