package org.cohesion.minutes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.cohesion.minutes.application.MinutesEditor;
import org.cohesion.minutes.domain.MinutesStatus;
import org.cohesion.minutes.domain.RevisionDiff;
import org.cohesion.minutes.domain.RevisionSummary;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.ViewParameters;

/**
 * Every revision of an edition, newest first; the difference between any two, side by side with the
 * changed words marked; and restoring an old revision as a new one.
 */
@Named
@ViewScoped
public class MinutesHistoryPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MinutesEditor editor;

  private String id;
  private Long minutesId;
  private Integer older;
  private Integer newer;
  private boolean editable;
  private transient List<RevisionSummary> revisions;
  private transient List<RevisionDiff.Row> diff;

  public void load() {
    ViewParameters.reapply();
    minutesId = Ids.required(id);
    var draft = editor.open(minutesId);
    editable = draft.status() == MinutesStatus.DRAFT && draft.access().writes();
    revisions = editor.history(minutesId);
    if (newer == null && !revisions.isEmpty()) {
      newer = revisions.get(0).number();
      older = revisions.size() > 1 ? revisions.get(1).number() : newer;
    }
    compare();
  }

  private long minutesId() {
    if (minutesId == null) {
      load();
    }
    return minutesId;
  }

  public void compare() {
    long minutes = minutesId();
    if (older == null || newer == null) {
      diff = List.of();
      return;
    }
    int a = older;
    int b = newer;
    Actions.attempt(
        () -> diff = RevisionDiff.between(editor.text(minutes, a), editor.text(minutes, b)), null);
  }

  public void restore(int number) {
    long minutes = minutesId();
    Optional<Integer> restored = Actions.result(() -> editor.restore(minutes, number), null);
    if (restored.isPresent()) {
      org.cohesion.platform.web.Messages.info("minutes.restored", number, restored.get());
      newer = null;
      load();
    }
  }

  public List<RevisionSummary> getRevisions() {
    if (revisions == null) {
      revisions = editor.history(minutesId());
    }
    return revisions;
  }

  public List<RevisionDiff.Row> getDiff() {
    if (diff == null) {
      compare();
    }
    return diff;
  }

  public boolean isEditable() {
    return editable;
  }

  public Long getMinutesId() {
    return minutesId;
  }

  public Integer getOlder() {
    return older;
  }

  public void setOlder(Integer older) {
    this.older = older;
  }

  public Integer getNewer() {
    return newer;
  }

  public void setNewer(Integer newer) {
    this.newer = newer;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
