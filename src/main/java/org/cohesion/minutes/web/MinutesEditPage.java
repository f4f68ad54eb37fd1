package org.cohesion.minutes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cohesion.minutes.application.MinutesApproval;
import org.cohesion.minutes.application.MinutesEditor;
import org.cohesion.minutes.application.SaveOutcome;
import org.cohesion.minutes.domain.MinutesStatus;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.Section;
import org.cohesion.minutes.domain.SectionConflict;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.Messages;
import org.cohesion.platform.web.ViewParameters;

/**
 * The co-writing page: one rich-text editor per section (agenda items first, then free sections),
 * who else is here, and saving. A save based on an older revision is merged with what others saved
 * meanwhile; where both changed the same paragraphs, the author's own text stays in the editor and
 * the conflict panel shows theirs beside it, to resolve and save again.
 */
@Named
@ViewScoped
public class MinutesEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MinutesEditor editor;
  @Inject MinutesApproval approval;

  /** A section as edited: its key, title and HTML; agenda sections keep their title fixed. */
  public static class SectionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String key;
    private String title;
    private String html;

    SectionRow(String key, String title, String html) {
      this.key = key;
      this.title = title;
      this.html = html;
    }

    public String getKey() {
      return key;
    }

    public boolean isFree() {
      return key.startsWith("free-");
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getHtml() {
      return html;
    }

    public void setHtml(String html) {
      this.html = html;
    }
  }

  /** A conflicting section, side by side. */
  public record ConflictRow(String key, String title, String mineHtml, String theirsHtml)
      implements Serializable {}

  private String id;
  private Long minutesId;
  private int baseNumber;
  private MinutesStatus status;
  private boolean writer;
  private final List<SectionRow> sections = new ArrayList<>();
  private final List<ConflictRow> conflicts = new ArrayList<>();
  private String summary;
  private transient List<String> others;

  public void load() {
    ViewParameters.reapply();
    minutesId = Ids.required(id);
    MinutesEditor.Draft draft = editor.open(minutesId);
    status = draft.status();
    writer = draft.access().writes();
    show(draft.headNumber(), draft.text());
    conflicts.clear();
  }

  private long minutesId() {
    if (minutesId == null) {
      load();
    }
    return minutesId;
  }

  private void show(int headNumber, MinutesText text) {
    baseNumber = headNumber;
    sections.clear();
    for (Section section : text.sections()) {
      sections.add(new SectionRow(section.key(), section.title(), section.html()));
    }
  }

  private MinutesText typed() {
    List<Section> typed = new ArrayList<>();
    for (SectionRow row : sections) {
      String title = row.title == null || row.title.isBlank() ? "—" : row.title.strip();
      typed.add(Section.ofHtml(row.key, title, row.html == null ? "" : row.html));
    }
    return MinutesText.of(typed);
  }

  /** Saves; answers whether the text is now saved (written, merged or unchanged). */
  public boolean save() {
    long minutes = minutesId();
    MinutesText mine = typed();
    int base = baseNumber;
    String why = summary;
    Optional<SaveOutcome> outcome =
        Actions.result(() -> editor.save(minutes, base, mine, why), null);
    if (outcome.isEmpty()) {
      return false;
    }
    SaveOutcome result = outcome.get();
    show(result.headNumber(), result.text());
    conflicts.clear();
    switch (result.kind()) {
      case SAVED -> Messages.info("minutes.saved", result.headNumber());
      case MERGED -> Messages.info("minutes.merged", result.headNumber());
      case UNCHANGED -> Messages.info("minutes.unchanged");
      case CONFLICT -> {
        for (SectionConflict conflict : result.conflicts()) {
          conflicts.add(
              new ConflictRow(
                  conflict.key(), conflict.title(), conflict.mineHtml(), conflict.theirsHtml()));
        }
        Messages.error("minutes.conflict", conflicts.size());
      }
    }
    if (result.written()) {
      summary = null;
    }
    return result.kind() != SaveOutcome.Kind.CONFLICT;
  }

  public void saveAction() {
    save();
  }

  /** Takes their version of a conflicting section into the editor (mine stays in the panel). */
  public void takeTheirs(String key) {
    conflicts.stream()
        .filter(c -> c.key().equals(key))
        .findFirst()
        .ifPresent(
            c ->
                sections.stream()
                    .filter(s -> s.key.equals(key))
                    .findFirst()
                    .ifPresent(s -> s.html = c.theirsHtml()));
  }

  /** Marks a conflict as resolved: the panel closes, the editor keeps what it shows. */
  public void resolved(String key) {
    conflicts.removeIf(c -> c.key().equals(key));
  }

  public void addSection() {
    sections.add(
        new SectionRow(
            "free-" + UUID.randomUUID().toString().substring(0, 8),
            Messages.text("minutes.newSection"),
            ""));
  }

  public void removeSection(String key) {
    sections.removeIf(s -> s.key.equals(key) && s.isFree());
  }

  /** Saves what is typed, then submits for approval. */
  public String submit() {
    if (!conflicts.isEmpty()) {
      Messages.error("minutes.conflict.unresolved");
      return null;
    }
    if (!save()) {
      return null;
    }
    long minutes = minutesId();
    if (!Actions.attempt(() -> approval.submit(minutes), "minutes.submittedOk")) {
      return null;
    }
    return "/minutes/view?faces-redirect=true&id=" + minutes;
  }

  /** Reports in and reads who else is editing (polled every few seconds). */
  public void ping() {
    others = editor.present(minutesId());
  }

  public List<String> getOthers() {
    if (others == null) {
      if (!isEditable()) {
        return List.of();
      }
      ping();
    }
    return others;
  }

  public List<SectionRow> getSections() {
    minutesId();
    return sections;
  }

  public List<ConflictRow> getConflicts() {
    return conflicts;
  }

  public int getBaseNumber() {
    return baseNumber;
  }

  public MinutesStatus getStatus() {
    return status;
  }

  public boolean isEditable() {
    return writer && status == MinutesStatus.DRAFT;
  }

  public Long getMinutesId() {
    return minutesId;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
