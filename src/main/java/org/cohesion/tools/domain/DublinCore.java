package org.cohesion.tools.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A document's description in Dublin Core (subjects aside: they are concepts of the thesaurus): the
 * form the pages fill and the services check.
 */
public record DublinCore(
    @NotBlank(message = "{document.title.required}")
        @Size(max = ToolDocument.TITLE_MAX, message = "{field.tooLong}")
        String title,
    @Size(max = ToolDocument.CREATORS_MAX, message = "{field.tooLong}") String creators,
    @Size(max = ToolDocument.PUBLISHER_MAX, message = "{field.tooLong}") String publisher,
    LocalDate issued,
    @NotNull(message = "{document.type.required}") DocumentType type,
    @NotNull(message = "{document.language.required}")
        @Pattern(regexp = "[a-z]{2,3}(-[a-z0-9]{2,8})?", message = "{document.language.invalid}")
        String language,
    @Size(max = ToolDocument.TERRITORIES_MAX, message = "{field.tooLong}") String territories,
    @Size(max = ToolDocument.DESCRIPTION_MAX, message = "{field.tooLong}") String description,
    @Size(max = ToolDocument.RIGHTS_MAX, message = "{field.tooLong}") String rights,
    @NotNull Confidentiality confidentiality)
    implements Serializable {

  /** A blank description of the given confidentiality, in French, to be filled by a form. */
  public static DublinCore blank(Confidentiality confidentiality) {
    return new DublinCore(
        null, null, null, null, DocumentType.GUIDE, "fr", null, null, null, confidentiality);
  }

  public DublinCore withTitle(String t) {
    return new DublinCore(
        t,
        creators,
        publisher,
        issued,
        type,
        language,
        territories,
        description,
        rights,
        confidentiality);
  }
}
