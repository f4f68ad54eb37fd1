package org.cohesion.tools.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.cohesion.platform.domain.DomainException;

/**
 * A concept of the thesaurus (skos:Concept): a preferred label in French (required) and in English,
 * alternative labels in either language, notes, broader concepts (several allowed, never a cycle)
 * and related ones (symmetric, never also broader or narrower). The rules are guarded here, so the
 * admin page and the SKOS import cannot bypass them.
 */
@Entity
@Table(name = "concept")
@NamedQuery(name = "Concept.listAll", query = "SELECT c FROM Concept c ORDER BY c.prefFr")
@NamedQuery(name = "Concept.findByUri", query = "SELECT c FROM Concept c WHERE c.uri = :uri")
@NamedQuery(
    name = "Concept.search",
    query =
        "SELECT DISTINCT c FROM Concept c LEFT JOIN c.altLabels a WHERE LOWER(c.prefFr) LIKE :q"
            + " OR LOWER(c.prefEn) LIKE :q OR LOWER(a.text) LIKE :q ORDER BY c.prefFr")
@NamedQuery(
    name = "Concept.labelled",
    query =
        "SELECT DISTINCT c FROM Concept c LEFT JOIN c.altLabels a WHERE c.prefFr = :t"
            + " OR c.prefEn = :t OR a.text = :t ORDER BY c.id")
@NamedQuery(
    name = "Concept.narrowerOf",
    query = "SELECT c FROM Concept c JOIN c.broader b WHERE b.id = :id ORDER BY c.prefFr")
public class Concept implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int LABEL_MAX = 160;
  public static final int NOTE_MAX = 2000;
  // The alternative labels of one language as a person types them, one a line.
  public static final int ALT_LABELS_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 255)
  private String uri;

  @Column(name = "pref_fr", nullable = false, length = LABEL_MAX)
  private String prefFr;

  @Column(name = "pref_en", length = LABEL_MAX)
  private String prefEn;

  @Column(name = "note_fr", length = NOTE_MAX)
  private String noteFr;

  @Column(name = "note_en", length = NOTE_MAX)
  private String noteEn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @ElementCollection
  @CollectionTable(name = "concept_alt_label", joinColumns = @JoinColumn(name = "concept_id"))
  private Set<Label> altLabels = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "concept_broader",
      joinColumns = @JoinColumn(name = "concept_id"),
      inverseJoinColumns = @JoinColumn(name = "broader_id"))
  private Set<Concept> broader = new LinkedHashSet<>();

  @ManyToMany(mappedBy = "broader")
  private Set<Concept> narrower = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "concept_related",
      joinColumns = @JoinColumn(name = "concept_id"),
      inverseJoinColumns = @JoinColumn(name = "related_id"))
  private Set<Concept> related = new LinkedHashSet<>();

  protected Concept() {}

  public Concept(String uri, String prefFr, String prefEn) {
    this.uri = required(uri, 255);
    relabel(prefFr, prefEn);
  }

  /** Changes the preferred labels; a preferred label may not also be an alternative one. */
  public void relabel(String prefFr, String prefEn) {
    String fr = required(prefFr, LABEL_MAX);
    String en = optional(prefEn, LABEL_MAX);
    for (Label alt : altLabels) {
      if (alt.getText().equalsIgnoreCase(fr) || alt.getText().equalsIgnoreCase(en)) {
        throw new DomainException("concept.labelTwice", alt.getText());
      }
    }
    this.prefFr = fr;
    this.prefEn = en;
  }

  public void annotate(String noteFr, String noteEn) {
    this.noteFr = optional(noteFr, NOTE_MAX);
    this.noteEn = optional(noteEn, NOTE_MAX);
  }

  public void addAltLabel(String lang, String text) {
    String t = required(text, LABEL_MAX);
    String l = Languages.require(lang);
    if (t.equalsIgnoreCase(prefFr) || t.equalsIgnoreCase(prefEn)) {
      throw new DomainException("concept.labelTwice", t);
    }
    altLabels.add(new Label(l, t));
  }

  public void replaceAltLabels(Set<Label> labels) {
    altLabels.clear();
    for (Label label : labels) {
      addAltLabel(label.getLang(), label.getText());
    }
  }

  /** Puts this concept under {@code parent}: refused if it would make a cycle or a related link. */
  public void addBroader(Concept parent) {
    if (parent == this || parent.isUnder(this)) {
      throw new DomainException("concept.cycle", prefFr, parent.prefFr);
    }
    if (related.contains(parent)) {
      throw new DomainException("concept.relatedAndBroader", prefFr, parent.prefFr);
    }
    broader.add(parent);
    parent.narrower.add(this);
  }

  public void removeBroader(Concept parent) {
    broader.remove(parent);
    parent.narrower.remove(this);
  }

  /** Relates two concepts, both ways; refused between a concept and one above or below it. */
  public void relate(Concept other) {
    if (other == this) {
      throw new DomainException("concept.relatedToSelf", prefFr);
    }
    if (isUnder(other) || other.isUnder(this)) {
      throw new DomainException("concept.relatedAndBroader", prefFr, other.prefFr);
    }
    related.add(other);
    other.related.add(this);
  }

  public void unrelate(Concept other) {
    related.remove(other);
    other.related.remove(this);
  }

  /** Detaches the concept from every other one, before it is deleted. */
  public void detach() {
    for (Concept b : new HashSet<>(broader)) {
      removeBroader(b);
    }
    for (Concept n : new HashSet<>(narrower)) {
      n.removeBroader(this);
    }
    for (Concept r : new HashSet<>(related)) {
      unrelate(r);
    }
  }

  /** Whether {@code ancestor} is above this concept, through any path of broader links. */
  public boolean isUnder(Concept ancestor) {
    Deque<Concept> todo = new ArrayDeque<>(broader);
    Set<Concept> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Concept c = todo.pop();
      if (c == ancestor) {
        return true;
      }
      if (seen.add(c)) {
        todo.addAll(c.broader);
      }
    }
    return false;
  }

  /** This concept and every concept below it, for a search that expands a subject. */
  public Set<Concept> withAllNarrower() {
    Set<Concept> all = new LinkedHashSet<>();
    Deque<Concept> todo = new ArrayDeque<>();
    todo.add(this);
    while (!todo.isEmpty()) {
      Concept c = todo.pop();
      if (all.add(c)) {
        todo.addAll(c.narrower);
      }
    }
    return all;
  }

  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) && prefEn != null ? prefEn : prefFr;
  }

  private static String required(String value, int max) {
    String v = optional(value, max);
    if (v == null) {
      throw new DomainException("concept.labelRequired");
    }
    return v;
  }

  private static String optional(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new DomainException("field.tooLong");
    }
    return v;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getUri() {
    return uri;
  }

  public String getPrefFr() {
    return prefFr;
  }

  public String getPrefEn() {
    return prefEn;
  }

  public String getNoteFr() {
    return noteFr;
  }

  public String getNoteEn() {
    return noteEn;
  }

  public Set<Label> getAltLabels() {
    return Set.copyOf(altLabels);
  }

  public Set<Concept> getBroader() {
    return Set.copyOf(broader);
  }

  public Set<Concept> getNarrower() {
    return Set.copyOf(narrower);
  }

  public Set<Concept> getRelated() {
    return Set.copyOf(related);
  }
}
