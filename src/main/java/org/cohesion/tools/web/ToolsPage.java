package org.cohesion.tools.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.UserLocale;
import org.cohesion.platform.web.ViewParameters;
import org.cohesion.tools.application.Documents;
import org.cohesion.tools.application.Thesaurus;
import org.cohesion.tools.application.ToolsView;
import org.cohesion.tools.application.Upload;
import org.cohesion.tools.domain.Confidentiality;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /tools/index.xhtml?group=<group id>} (or the old {@code g=}): a working group's « Outils
 * méthodologiques »; without it, the network library. Lists what the caller may read, the most
 * downloaded, and the form that adds a document: its description first, then its file (the upload
 * sends the form with it), or a shelf mark for a paper item catalogued without a file.
 */
@Named
@ViewScoped
public class ToolsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Documents documents;
  @Inject transient Thesaurus thesaurus;
  @Inject UserLocale userLocale;

  private String group;
  private Long groupId;
  private MetadataForm form;
  private String shelfMark;
  private transient ToolsView view;

  public void load() {
    if (group == null) {
      ViewParameters.reapply();
    }
    groupId = Ids.optional(group);
    view = null;
    getView();
    if (form == null) {
      form = new MetadataForm(groupId == null ? Confidentiality.NETWORK : Confidentiality.GROUP);
    }
  }

  public ToolsView getView() {
    if (view == null) {
      view = groupId == null ? documents.library() : documents.ofGroup(groupId);
    }
    return view;
  }

  /** The file arrives with the form's fields, already applied: one transaction adds them all. */
  public void upload(FileUploadEvent event) {
    if (Uploads.deferredUntilTheFormIsApplied(event)) {
      return;
    }
    Upload upload = new Upload(event.getFile().getFileName(), event.getFile().getContent());
    Actions.result(
            () -> documents.create(groupId, form.toDublinCore(), form.subjectIds(), upload),
            "document.added",
            form.getTitle())
        .ifPresent(
            id -> {
              form =
                  new MetadataForm(
                      groupId == null ? Confidentiality.NETWORK : Confidentiality.GROUP);
              view = null;
            });
  }

  /** A paper item: the same description, a shelf mark instead of a file. */
  public void catalogue() {
    Actions.result(
            () -> documents.createPaper(groupId, form.toDublinCore(), form.subjectIds(), shelfMark),
            "paper.added",
            form.getTitle())
        .ifPresent(
            id -> {
              form =
                  new MetadataForm(
                      groupId == null ? Confidentiality.NETWORK : Confidentiality.GROUP);
              shelfMark = null;
              view = null;
            });
  }

  public String getShelfMark() {
    return shelfMark;
  }

  public void setShelfMark(String shelfMark) {
    this.shelfMark = shelfMark;
  }

  public Confidentiality[] getConfidentialities() {
    return groupId == null
        ? new Confidentiality[] {Confidentiality.NETWORK, Confidentiality.PUBLIC}
        : Confidentiality.values();
  }

  public long getMaxBytes() {
    return documents.maxUploadBytes();
  }

  public long getMaxMegabytes() {
    return documents.maxUploadBytes() / (1024 * 1024);
  }

  /** The subject picker: at most 20 concepts, remembered by the form with their labels. */
  public List<Choice> completeSubjects(String text) {
    return form.remember(
        thesaurus.search(text, userLocale.getLocale()).stream()
            .map(c -> new Choice(c.id(), c.label()))
            .toList());
  }

  public MetadataForm getForm() {
    return form;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public Long getGroupId() {
    return groupId;
  }
}
