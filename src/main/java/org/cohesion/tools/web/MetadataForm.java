package org.cohesion.tools.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.platform.web.Choice;
import org.cohesion.tools.application.ConceptChoice;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentType;
import org.cohesion.tools.domain.DublinCore;

/**
 * The Dublin Core fields of a document as a page edits them, and its subjects as the picker chose
 * them (ids and labels only). Held by the view-scoped beans of the tools and document pages.
 */
public class MetadataForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String title;
  private String creators;
  private String publisher;
  private LocalDate issued;
  private DocumentType type = DocumentType.GUIDE;
  private String language = "fr";
  private String territories;
  private String description;
  private String rights;
  private Confidentiality confidentiality;
  private final List<Choice> subjects = new ArrayList<>();
  private Choice newSubject;
  // The labels of the picker's last suggestions, by id: a chosen subject is shown with the label
  // the
  // server gave, never the one the browser posts back (a multipart form's Ajax post may garble it).
  private final java.util.HashMap<Long, String> suggested = new java.util.HashMap<>();

  MetadataForm(Confidentiality confidentiality) {
    this.confidentiality = confidentiality;
  }

  void fill(DublinCore dc, List<ConceptChoice> chosen) {
    title = dc.title();
    creators = dc.creators();
    publisher = dc.publisher();
    issued = dc.issued();
    type = dc.type();
    language = dc.language();
    territories = dc.territories();
    description = dc.description();
    rights = dc.rights();
    confidentiality = dc.confidentiality();
    subjects.clear();
    chosen.forEach(c -> subjects.add(new Choice(c.id(), c.label())));
  }

  DublinCore toDublinCore() {
    return new DublinCore(
        title,
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

  List<Long> subjectIds() {
    return subjects.stream().map(Choice::id).toList();
  }

  /** Keeps the suggestions' labels (at most 20) for {@link #addSubject}. */
  List<Choice> remember(List<Choice> suggestions) {
    suggested.clear();
    suggestions.forEach(c -> suggested.put(c.id(), c.label()));
    return suggestions;
  }

  public void addSubject() {
    if (newSubject != null
        && suggested.containsKey(newSubject.id())
        && subjects.stream().noneMatch(s -> s.id() == newSubject.id())) {
      subjects.add(new Choice(newSubject.id(), suggested.get(newSubject.id())));
    }
    newSubject = null;
  }

  public void removeSubject(long id) {
    subjects.removeIf(s -> s.id() == id);
  }

  public DocumentType[] getTypes() {
    return DocumentType.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getCreators() {
    return creators;
  }

  public void setCreators(String creators) {
    this.creators = creators;
  }

  public String getPublisher() {
    return publisher;
  }

  public void setPublisher(String publisher) {
    this.publisher = publisher;
  }

  public LocalDate getIssued() {
    return issued;
  }

  public void setIssued(LocalDate issued) {
    this.issued = issued;
  }

  public DocumentType getType() {
    return type;
  }

  public void setType(DocumentType type) {
    this.type = type;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTerritories() {
    return territories;
  }

  public void setTerritories(String territories) {
    this.territories = territories;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getRights() {
    return rights;
  }

  public void setRights(String rights) {
    this.rights = rights;
  }

  public Confidentiality getConfidentiality() {
    return confidentiality;
  }

  public void setConfidentiality(Confidentiality confidentiality) {
    this.confidentiality = confidentiality;
  }

  public List<Choice> getSubjects() {
    return subjects;
  }

  public Choice getNewSubject() {
    return newSubject;
  }

  public void setNewSubject(Choice newSubject) {
    this.newSubject = newSubject;
  }
}
