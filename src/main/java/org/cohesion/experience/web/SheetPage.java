package org.cohesion.experience.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cohesion.experience.application.ExperienceSheets;
import org.cohesion.experience.application.SheetEditing;
import org.cohesion.experience.application.SheetExport;
import org.cohesion.experience.application.SheetReading;
import org.cohesion.experience.application.SheetRow;
import org.cohesion.experience.domain.Part;
import org.cohesion.experience.domain.SheetConfidentiality;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.Messages;
import org.cohesion.platform.web.UserLocale;
import org.cohesion.platform.web.ViewParameters;
import org.primefaces.model.StreamedContent;

/**
 * {@code /experience/sheet.xhtml?id=<sheet>&v=<version>}: a sheet as the caller may read it, with
 * its published versions, the review (publish, or return with a comment), its confidentiality (a
 * wider audience is confirmed first), questions to the authors and "we tried this too".
 */
@Named
@ViewScoped
public class SheetPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ExperienceSheets sheets;
  @Inject transient SheetExport export;
  @Inject UserLocale userLocale;

  private String id;
  private String v;
  private long sheetId;
  private Integer number;
  private transient SheetReading reading;
  private transient List<SheetRow> mine;
  private String comment;
  private String question;
  private SheetConfidentiality level;
  private Long networkId;
  private boolean confirming;
  private Long mySheetId;
  private Long documentId;
  private transient List<SheetEditing.Choice> attachable;

  public void load() {
    if (id == null) {
      ViewParameters.reapply();
    }
    sheetId = Ids.required(id);
    number = v == null ? null : Ids.optional(v) == null ? null : Ids.optional(v).intValue();
    reading = null;
    getReading();
    level = reading.confidentiality();
  }

  public SheetReading getReading() {
    if (reading == null) {
      reading = sheets.reading(sheetId, number);
    }
    return reading;
  }

  private void reread() {
    reading = null;
    mine = null;
    attachable = null;
  }

  public List<SheetRow> getMine() {
    if (mine == null) {
      mine = sheets.mine().stream().filter(r -> r.id() != sheetId).toList();
    }
    return mine;
  }

  public void publish() {
    Refusals.attempt(() -> sheets.publish(sheetId), "experience.published");
    number = null;
    reread();
  }

  public void returnToAuthors() {
    if (Refusals.attempt(() -> sheets.returnToAuthors(sheetId, comment), "experience.returned")) {
      comment = null;
    }
    reread();
  }

  /** Closing applies at once; opening wider first asks, then applies on confirmation. */
  public void changeConfidentiality() {
    try {
      sheets.keepTo(sheetId, level, networkId, confirming);
      confirming = false;
      Messages.info("experience.confidentiality.changed");
    } catch (RuntimeException e) {
      DomainException d = Refusals.domainCause(e);
      if (d != null && "experience.confidentiality.confirm".equals(d.messageKey())) {
        confirming = true;
        return;
      }
      confirming = false;
      Refusals.attempt(
          () -> {
            throw e;
          },
          null);
    }
    reread();
  }

  public void confirmWider() {
    confirming = true;
    changeConfidentiality();
  }

  public void cancelWider() {
    confirming = false;
    level = getReading().confidentiality();
  }

  public void ask() {
    if (Refusals.attempt(() -> sheets.ask(sheetId, question), "experience.asked")) {
      question = null;
    }
    reread();
  }

  public void triedToo() {
    if (mySheetId == null) {
      Messages.error("experience.link.chooseSheet");
      return;
    }
    Refusals.attempt(() -> sheets.triedToo(mySheetId, sheetId), "experience.linked");
    reread();
  }

  public String compare() {
    if (mySheetId == null) {
      Messages.error("experience.link.chooseSheet");
      return null;
    }
    return "/experience/compare?faces-redirect=true&ids=" + sheetId + "," + mySheetId;
  }

  public List<SheetEditing.Choice> getAttachable() {
    if (attachable == null) {
      attachable = sheets.attachable(sheetId);
    }
    return attachable;
  }

  public void attach() {
    if (documentId == null) {
      Messages.error("experience.attachments.choose");
      return;
    }
    long document = documentId;
    if (Refusals.attempt(
        () -> sheets.attach(sheetId, document), "experience.attachments.attached")) {
      documentId = null;
    }
    reread();
  }

  public void detach(long document) {
    Refusals.attempt(() -> sheets.detach(sheetId, document), "experience.attachments.detached");
    reread();
  }

  public Long getDocumentId() {
    return documentId;
  }

  public void setDocumentId(Long documentId) {
    this.documentId = documentId;
  }

  public StreamedContent getPdf() {
    return download(SheetExport.Format.PDF);
  }

  public StreamedContent getOdt() {
    return download(SheetExport.Format.ODT);
  }

  /** The version shown on the page, checked again by the service. */
  private StreamedContent download(SheetExport.Format format) {
    int shown = getReading().number();
    return Refusals.result(() -> export.one(sheetId, shown, format, userLocale.getLocale()), null)
        .map(file -> SheetDownloads.of(file, "fiche-" + sheetId + (shown == 0 ? "" : "-v" + shown)))
        .orElse(null);
  }

  /**
   * The authors in one line. (The page once wrote {@code String.join} in EL, which Faces resolves
   * as an unknown bean: the line stayed empty.)
   */
  public String getAuthors() {
    return String.join(", ", getReading().content().authors());
  }

  public String partLabel(String part) {
    return Messages.text(Part.valueOf(part).labelKey());
  }

  public List<SheetEditing.Choice> getNetworks() {
    return sheets.networks();
  }

  public SheetConfidentiality[] getLevels() {
    return SheetConfidentiality.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getV() {
    return v;
  }

  public void setV(String v) {
    this.v = v;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public SheetConfidentiality getLevel() {
    return level;
  }

  public void setLevel(SheetConfidentiality level) {
    this.level = level;
  }

  public Long getNetworkId() {
    return networkId;
  }

  public void setNetworkId(Long networkId) {
    this.networkId = networkId;
  }

  public boolean isConfirming() {
    return confirming;
  }

  public Long getMySheetId() {
    return mySheetId;
  }

  public void setMySheetId(Long mySheetId) {
    this.mySheetId = mySheetId;
  }
}
