package org.cohesion.experience.application;

import java.io.Serializable;
import java.util.List;
import org.cohesion.experience.domain.Part;
import org.cohesion.experience.domain.SheetStatus;

/**
 * What the edit page needs: the form's values, each part's text with the version it was read at
 * (sent back with a save, to detect a concurrent write), the choices' labels and the status.
 */
public record SheetEditing(
    long id,
    long groupId,
    String groupName,
    int version,
    SheetStatus status,
    SheetForm form,
    List<PartDraft> parts,
    List<Choice> themeChoices,
    Choice territory,
    String reviewComment)
    implements Serializable {

  public record PartDraft(Part part, String text, int version, boolean required)
      implements Serializable {}

  public record Choice(long id, String label) implements Serializable {}
}
