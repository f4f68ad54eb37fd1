package org.cohesion.tools.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.cohesion.tools.domain.Concept;

/**
 * A concept as the admin page edits it: preferred labels, alternative labels one per line in each
 * language, notes, and the ids of its broader and related concepts.
 */
public record ConceptForm(
    @NotBlank(message = "{concept.labelRequired}")
        @Size(max = Concept.LABEL_MAX, message = "{field.tooLong}")
        String prefFr,
    @Size(max = Concept.LABEL_MAX, message = "{field.tooLong}") String prefEn,
    @Size(max = Concept.ALT_LABELS_MAX, message = "{field.tooLong}") String altFr,
    @Size(max = Concept.ALT_LABELS_MAX, message = "{field.tooLong}") String altEn,
    @Size(max = Concept.NOTE_MAX, message = "{field.tooLong}") String noteFr,
    @Size(max = Concept.NOTE_MAX, message = "{field.tooLong}") String noteEn,
    List<Long> broaderIds,
    List<Long> relatedIds)
    implements Serializable {

  public ConceptForm {
    broaderIds = broaderIds == null ? List.of() : List.copyOf(broaderIds);
    relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
  }
}
