package org.cohesion.tools.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.Messages;
import org.cohesion.platform.web.UserLocale;
import org.cohesion.platform.web.ViewParameters;
import org.cohesion.tools.application.DocumentView;
import org.cohesion.tools.application.Documents;
import org.cohesion.tools.application.LoanRow;
import org.cohesion.tools.application.LoanStatus;
import org.cohesion.tools.application.Loans;
import org.cohesion.tools.application.Thesaurus;
import org.cohesion.tools.application.Upload;
import org.cohesion.tools.domain.Confidentiality;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /tools/document.xhtml?id=…}: a document's description, preview or excerpt, its versions
 * (each downloadable), its counts by month; for those who may change it, a new version (with why,
 * and a name that keeps it for ever) and the description's form. A paper item shows its shelf mark
 * and whether it is out instead of versions; staff lend it, take it back and read its loans.
 */
@Named
@ViewScoped
public class DocumentPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Documents documents;
  @Inject transient Thesaurus thesaurus;
  @Inject UserLocale locale;
  @Inject transient Loans loans;
  @Inject transient MemberDirectory directory;

  private String id;
  private long documentId;
  private MetadataForm form;
  private String note;
  private String versionName;
  private final HashMap<Long, String> names = new HashMap<>();
  // A paper item's loan form: the borrower as the search offered them, and the return date.
  private Choice borrower;
  private LocalDate dueOn;
  private transient DocumentView view;
  private transient LoanStatus loanStatus;
  private transient List<LoanRow> loanHistory;

  public void load() {
    if (id == null) {
      ViewParameters.reapply();
    }
    documentId = Ids.required(id);
    view = null;
    loanStatus = null;
    loanHistory = null;
    DocumentView v = getView();
    if (form == null) {
      form = new MetadataForm(Confidentiality.NETWORK);
      form.fill(v.metadata(), v.subjects());
    }
  }

  public DocumentView getView() {
    if (view == null) {
      view = documents.page(documentId, locale.getLocale());
    }
    return view;
  }

  /** Null for a document with a file. */
  public LoanStatus getLoanStatus() {
    if (loanStatus == null && getView().paper()) {
      loanStatus = loans.status(documentId);
    }
    return loanStatus;
  }

  /** Every loan of the item, for staff; empty for anyone else. */
  public List<LoanRow> getLoanHistory() {
    if (loanHistory == null) {
      loanHistory = getView().paper() && loans.canLend() ? loans.history(documentId) : List.of();
    }
    return loanHistory;
  }

  public void lend() {
    if (borrower == null) {
      Messages.error("loan.chooseBorrower");
      return;
    }
    long person = borrower.id();
    LocalDate until = dueOn;
    if (Actions.attempt(() -> loans.lend(documentId, person, until), "loan.lent")) {
      borrower = null;
      dueOn = null;
      loanStatus = null;
      loanHistory = null;
    }
  }

  public void giveBack(long loanId) {
    if (Actions.attempt(() -> loans.giveBack(loanId), "loan.returned")) {
      loanStatus = null;
      loanHistory = null;
    }
  }

  /** The borrower picker: at most 20 people whose name or organisation matches. */
  public List<Choice> completeBorrowers(String text) {
    return directory.search(text).stream().map(p -> new Choice(p.id(), p.label())).toList();
  }

  public Choice getBorrower() {
    return borrower;
  }

  public void setBorrower(Choice borrower) {
    this.borrower = borrower;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public void uploadVersion(FileUploadEvent event) {
    if (Uploads.deferredUntilTheFormIsApplied(event)) {
      return;
    }
    Upload upload = new Upload(event.getFile().getFileName(), event.getFile().getContent());
    if (Actions.attempt(
        () -> documents.addVersion(documentId, upload, note, versionName), "version.added")) {
      note = null;
      versionName = null;
      view = null;
    }
  }

  public void describe() {
    if (Actions.attempt(
        () -> documents.describe(documentId, form.toDublinCore(), form.subjectIds()),
        "document.described")) {
      view = null;
    }
  }

  public void nameVersion(long versionId) {
    String name = names.get(versionId);
    if (Actions.attempt(() -> documents.nameVersion(versionId, name), "version.named")) {
      names.remove(versionId);
      view = null;
    }
  }

  public Map<Long, String> getNames() {
    return names;
  }

  public Confidentiality[] getConfidentialities() {
    return getView().groupId() == null
        ? new Confidentiality[] {Confidentiality.NETWORK, Confidentiality.PUBLIC}
        : Confidentiality.values();
  }

  public long getMaxBytes() {
    return documents.maxUploadBytes();
  }

  /** The subject picker: at most 20 concepts, remembered by the form with their labels. */
  public List<Choice> completeSubjects(String text) {
    return form.remember(
        thesaurus.search(text, locale.getLocale()).stream()
            .map(c -> new Choice(c.id(), c.label()))
            .toList());
  }

  public MetadataForm getForm() {
    return form;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getVersionName() {
    return versionName;
  }

  public void setVersionName(String versionName) {
    this.versionName = versionName;
  }
}
