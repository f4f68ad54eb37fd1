package org.cohesion.tools.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.Messages;
import org.cohesion.platform.web.UserLocale;
import org.cohesion.tools.application.ConceptChoice;
import org.cohesion.tools.application.ConceptForm;
import org.cohesion.tools.application.ConceptRow;
import org.cohesion.tools.application.ImportReport;
import org.cohesion.tools.application.Thesaurus;
import org.cohesion.tools.domain.SkosFile;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Administration of the thesaurus by the centre's staff: the concepts with their labels and links,
 * a form to add or change one, and a deletion that asks what becomes of the documents a concept
 * tags (untag them, or move them to another concept).
 */
@Named
@ViewScoped
public class ThesaurusAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Thesaurus thesaurus;
  @Inject UserLocale locale;

  private Long editing;
  private String prefFr;
  private String prefEn;
  private String altFr;
  private String altEn;
  private String noteFr;
  private String noteEn;
  private final List<Choice> broader = new ArrayList<>();
  private final List<Choice> related = new ArrayList<>();
  private Choice newBroader;
  private Choice newRelated;

  private Long deleting;
  private String deletingLabel;
  private long deletingUsage;
  private Choice replacement;

  private boolean dryRun = true;
  private ImportReport report;

  private transient List<ConceptRow> concepts;

  /** A SKOS file (Turtle or RDF/XML): checked, then imported whole or not at all (or tried). */
  public void importSkos(FileUploadEvent event) {
    if (Uploads.deferredUntilTheFormIsApplied(event)) {
      return;
    }
    byte[] content = event.getFile().getContent();
    String name = event.getFile().getFileName();
    boolean dry = dryRun;
    Actions.result(() -> thesaurus.importSkos(content, name, dry), null)
        .ifPresent(
            r -> {
              report = r;
              if (!r.problems().isEmpty()) {
                Messages.error("skos.refused", r.problems().size());
              } else if (r.dryRun()) {
                Messages.info("skos.dryRunDone", r.concepts().size());
              } else {
                Messages.info("skos.imported", r.concepts().size());
                concepts = null;
              }
            });
  }

  public StreamedContent exportTurtle() {
    return export(RDFFormat.TURTLE, "thesaurus.ttl", "text/turtle");
  }

  public StreamedContent exportRdfXml() {
    return export(RDFFormat.RDFXML, "thesaurus.rdf", "application/rdf+xml");
  }

  private StreamedContent export(RDFFormat format, String name, String type) {
    byte[] bytes = thesaurus.exportSkos(format).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(type + "; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** A problem of the report in the user's language. */
  public String problemText(SkosFile.Problem p) {
    return Messages.text(p.key(), p.detail(), p.detail());
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public void setDryRun(boolean dryRun) {
    this.dryRun = dryRun;
  }

  public ImportReport getReport() {
    return report;
  }

  public List<ConceptRow> getConcepts() {
    if (concepts == null) {
      concepts = thesaurus.all(locale.getLocale());
    }
    return concepts;
  }

  public void edit(ConceptRow row) {
    editing = row.id();
    prefFr = row.prefFr();
    prefEn = row.prefEn();
    altFr = String.join("\n", row.altFr());
    altEn = String.join("\n", row.altEn());
    noteFr = row.noteFr();
    noteEn = row.noteEn();
    broader.clear();
    row.broader().forEach(c -> broader.add(choice(c)));
    related.clear();
    row.related().forEach(c -> related.add(choice(c)));
  }

  public void clear() {
    editing = null;
    prefFr = prefEn = altFr = altEn = noteFr = noteEn = null;
    broader.clear();
    related.clear();
  }

  public void save() {
    ConceptForm form =
        new ConceptForm(
            prefFr,
            prefEn,
            altFr,
            altEn,
            noteFr,
            noteEn,
            broader.stream().map(Choice::id).toList(),
            related.stream().map(Choice::id).toList());
    boolean done =
        editing == null
            ? Actions.result(() -> thesaurus.create(form), "concept.created", prefFr).isPresent()
            : Actions.attempt(() -> thesaurus.update(editing, form), "concept.saved", prefFr);
    if (done) {
      clear();
      concepts = null;
    }
  }

  /** First step of a deletion: in use, the page asks what to do with what it tags. */
  public void askDelete(ConceptRow row) {
    if (row.documents() == 0) {
      if (Actions.attempt(
          () -> thesaurus.delete(row.id(), null), "concept.deleted", row.prefFr())) {
        concepts = null;
      }
      return;
    }
    deleting = row.id();
    deletingLabel = row.prefFr();
    deletingUsage = row.documents();
    replacement = null;
  }

  public void confirmDelete(boolean moveTags) {
    Long target = moveTags && replacement != null ? replacement.id() : null;
    if (moveTags && target == null) {
      Messages.error("concept.replacementRequired");
      return;
    }
    if (Actions.attempt(
        () -> thesaurus.delete(deleting, target), "concept.deleted", deletingLabel)) {
      deleting = null;
      concepts = null;
    }
  }

  public void cancelDelete() {
    deleting = null;
  }

  public List<Choice> complete(String text) {
    return thesaurus.search(text, locale.getLocale()).stream()
        .map(ThesaurusAdminPage::choice)
        .toList();
  }

  public void addBroader() {
    add(broader, newBroader);
    newBroader = null;
  }

  public void addRelated() {
    add(related, newRelated);
    newRelated = null;
  }

  public void removeBroader(long id) {
    broader.removeIf(c -> c.id() == id);
  }

  public void removeRelated(long id) {
    related.removeIf(c -> c.id() == id);
  }

  private static void add(List<Choice> list, Choice c) {
    if (c != null && list.stream().noneMatch(x -> x.id() == c.id())) {
      list.add(c);
    }
  }

  private static Choice choice(ConceptChoice c) {
    return new Choice(c.id(), c.label());
  }

  public Long getEditing() {
    return editing;
  }

  public String getPrefFr() {
    return prefFr;
  }

  public void setPrefFr(String prefFr) {
    this.prefFr = prefFr;
  }

  public String getPrefEn() {
    return prefEn;
  }

  public void setPrefEn(String prefEn) {
    this.prefEn = prefEn;
  }

  public String getAltFr() {
    return altFr;
  }

  public void setAltFr(String altFr) {
    this.altFr = altFr;
  }

  public String getAltEn() {
    return altEn;
  }

  public void setAltEn(String altEn) {
    this.altEn = altEn;
  }

  public String getNoteFr() {
    return noteFr;
  }

  public void setNoteFr(String noteFr) {
    this.noteFr = noteFr;
  }

  public String getNoteEn() {
    return noteEn;
  }

  public void setNoteEn(String noteEn) {
    this.noteEn = noteEn;
  }

  public List<Choice> getBroader() {
    return broader;
  }

  public List<Choice> getRelated() {
    return related;
  }

  public Choice getNewBroader() {
    return newBroader;
  }

  public void setNewBroader(Choice newBroader) {
    this.newBroader = newBroader;
  }

  public Choice getNewRelated() {
    return newRelated;
  }

  public void setNewRelated(Choice newRelated) {
    this.newRelated = newRelated;
  }

  public Long getDeleting() {
    return deleting;
  }

  public String getDeletingLabel() {
    return deletingLabel;
  }

  public long getDeletingUsage() {
    return deletingUsage;
  }

  public Choice getReplacement() {
    return replacement;
  }

  public void setReplacement(Choice replacement) {
    this.replacement = replacement;
  }
}
