package org.cohesion.decisions.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.cohesion.decisions.domain.Meeting;

/**
 * The register's form for a body's meeting known by its day: checked by {@link Meetings#schedule}
 * whatever page or client sent it. The electorate is the AG's (the bureau's and the CA's are their
 * seats, and it is ignored for them).
 */
public record MeetingDay(
    @NotNull(message = "{meeting.date.required}") LocalDate heldOn,
    @NotBlank(message = "{meeting.title.required}")
        @Size(max = Meeting.MAX_TITLE, message = "{field.tooLong}")
        String title,
    @Size(max = Meeting.MAX_PLACE, message = "{field.tooLong}") String place,
    @Min(value = 1, message = "{meeting.electorate.invalid}")
        @Max(value = 100_000, message = "{meeting.electorate.invalid}")
        Integer electorate)
    implements Serializable {}
