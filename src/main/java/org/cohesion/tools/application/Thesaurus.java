package org.cohesion.tools.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.Constraints;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.search.SearchOutbox;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;
import org.cohesion.tools.domain.Concept;
import org.cohesion.tools.domain.DocumentAccess;
import org.cohesion.tools.domain.Label;
import org.cohesion.tools.domain.SkosFile;
import org.cohesion.tools.domain.ToolDocument;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * The network's thesaurus: everyone signed in reads it and picks subjects from it; the centre's
 * staff (and administrators) change it. Every change is one transaction and is audited.
 */
@ApplicationScoped
public class Thesaurus {

  /** Pickers answer at most this many rows (docs/architecture.md, "Pickers that scale"). */
  public static final int PICKER_LIMIT = 20;

  /** Where concepts made here get their SKOS identity. */
  public static final String BASE_URI = "https://cohesion.crvc.example/thesaurus/";

  @PersistenceContext EntityManager em;
  @Inject SearchOutbox searchOutbox;
  @Inject Guard guard;
  @Inject AuditLog audit;
  @Inject Validator validator;
  @Resource TransactionSynchronizationRegistry transactions;

  /** The picker: concepts whose preferred or alternative label contains the text. */
  @Transactional(TxType.SUPPORTS)
  public List<ConceptChoice> search(String text, Locale locale) {
    guard.requireSignedIn();
    String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty() || q.length() > 80) {
      return List.of();
    }
    return em.createNamedQuery("Concept.search", Concept.class)
        .setParameter(
            "q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .setMaxResults(PICKER_LIMIT)
        .getResultStream()
        .map(c -> new ConceptChoice(c.getId(), c.label(locale)))
        .toList();
  }

  /** The whole thesaurus for its administration page, alphabetical. */
  @Transactional(TxType.SUPPORTS)
  public List<ConceptRow> all(Locale locale) {
    requireStaff();
    List<Concept> concepts = em.createNamedQuery("Concept.listAll", Concept.class).getResultList();
    var usage =
        em.createQuery(
                "SELECT s.id, COUNT(d) FROM ToolDocument d JOIN d.subjects s GROUP BY s.id",
                Object[].class)
            .getResultStream()
            .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    return concepts.stream().map(c -> row(c, locale, usage.getOrDefault(c.getId(), 0L))).toList();
  }

  @Transactional
  public long create(ConceptForm form) {
    Caller caller = requireStaff();
    Constraints.check(validator, form);
    Concept concept = new Concept(BASE_URI + UUID.randomUUID(), form.prefFr(), form.prefEn());
    apply(concept, form);
    em.persist(concept);
    em.flush();
    audit.record("CONCEPT_CREATED", "concept", concept.getId(), concept.getPrefFr());
    return concept.getId();
  }

  @Transactional
  public void update(long id, ConceptForm form) {
    requireStaff();
    Constraints.check(validator, form);
    Concept concept = find(id);
    concept.replaceAltLabels(Set.of());
    concept.relabel(form.prefFr(), form.prefEn());
    for (Concept b : concept.getBroader()) {
      concept.removeBroader(b);
    }
    for (Concept r : concept.getRelated()) {
      concept.unrelate(r);
    }
    apply(concept, form);
    audit.record("CONCEPT_CHANGED", "concept", id, concept.getPrefFr());
    // The documents it tags carry its labels in the search index.
    em.createNamedQuery("ToolDocument.taggedWith", ToolDocument.class)
        .setParameter("conceptId", id)
        .getResultStream()
        .forEach(d -> searchOutbox.changed(DocumentSearchSource.KIND, d.getId()));
  }

  /** How many documents a concept tags: the admin page asks before deleting one in use. */
  @Transactional(TxType.SUPPORTS)
  public long usage(long id) {
    requireStaff();
    return em.createQuery(
            "SELECT COUNT(d) FROM ToolDocument d JOIN d.subjects s WHERE s.id = :id", Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  /**
   * Deletes a concept. What it tags is either moved to {@code replacementId} or simply untagged
   * (replacement null); the page asks which when {@link #usage} is not zero.
   */
  @Transactional
  public void delete(long id, Long replacementId) {
    requireStaff();
    Concept concept = find(id);
    Concept replacement = null;
    if (replacementId != null) {
      if (replacementId == id) {
        throw new DomainException("concept.replaceBySelf");
      }
      replacement = find(replacementId);
    }
    List<ToolDocument> tagged =
        em.createNamedQuery("ToolDocument.taggedWith", ToolDocument.class)
            .setParameter("conceptId", id)
            .getResultList();
    for (ToolDocument d : tagged) {
      Set<Concept> subjects = new LinkedHashSet<>(d.getSubjects());
      subjects.remove(concept);
      if (replacement != null) {
        subjects.add(replacement);
      }
      d.tag(subjects);
      searchOutbox.changed(DocumentSearchSource.KIND, d.getId());
    }
    concept.detach();
    em.remove(concept);
    audit.record(
        "CONCEPT_DELETED",
        "concept",
        id,
        concept.getPrefFr()
            + " ("
            + tagged.size()
            + (replacement == null ? " untagged)" : " moved to " + replacement.getPrefFr() + ")"));
  }

  /**
   * For the search index: the concept, every concept below it at any depth, and all their labels
   * (preferred and alternative, French and English), so that a search for a concept also finds what
   * is tagged with a narrower one or named by a synonym. Reads only; checks only that someone is
   * signed in (the thesaurus hides nothing).
   */
  @Transactional(TxType.SUPPORTS)
  public ConceptExpansion expand(long conceptId) {
    Concept concept = find(conceptId);
    Set<Long> ids = new LinkedHashSet<>();
    Set<String> labels = new LinkedHashSet<>();
    for (Concept c : concept.withAllNarrower()) {
      ids.add(c.getId());
      labels.add(c.getPrefFr());
      if (c.getPrefEn() != null) {
        labels.add(c.getPrefEn());
      }
      c.getAltLabels().stream().map(Label::getText).forEach(labels::add);
    }
    return new ConceptExpansion(conceptId, Set.copyOf(ids), Set.copyOf(labels));
  }

  /**
   * For search: the labels that should also find what {@code term} finds, when the term is one of a
   * concept's labels (preferred or alternative, in either language; MariaDB's collation ignores
   * case and accents): every label of the concept and of the concepts below it, at most 20, without
   * the term itself. A query word that names no concept widens nothing.
   */
  @Transactional(TxType.SUPPORTS)
  public List<String> alternativesOf(String term) {
    String t = term == null ? "" : term.strip();
    if (t.isEmpty() || t.length() > 80) {
      return List.of();
    }
    Set<String> labels = new LinkedHashSet<>();
    for (Concept c :
        em.createNamedQuery("Concept.labelled", Concept.class)
            .setParameter("t", t)
            .setMaxResults(5)
            .getResultList()) {
      labels.addAll(expand(c.getId()).labels());
    }
    return labels.stream().filter(l -> !l.equalsIgnoreCase(t)).limit(20).toList();
  }

  /**
   * Imports a SKOS file (Turtle or RDF/XML): checked whole first ({@link SkosFile}), then applied
   * in one transaction, concept by concept, matched by IRI (a concept of the file updates the one
   * with its IRI, or is created; concepts not in the file stay). A dry run does all of it and rolls
   * back, so its report shows exactly what an import would change. Any problem: nothing written.
   */
  @Transactional
  public ImportReport importSkos(byte[] content, String fileName, boolean dryRun) {
    Caller caller = requireStaff();
    RDFFormat format =
        SkosFile.format(fileName).orElseThrow(() -> new DomainException("skos.format"));
    SkosFile.Parsed parsed = SkosFile.parse(content, format);
    if (!parsed.valid()) {
      return new ImportReport(dryRun, List.of(), parsed.problems());
    }
    Map<String, Concept> byUri = new HashMap<>();
    List<ImportReport.ConceptOutcome> outcomes = new ArrayList<>();
    List<SkosFile.Problem> problems = new ArrayList<>();
    Map<String, String> before = new HashMap<>();
    for (SkosFile.ConceptData data : parsed.concepts()) {
      Concept c =
          em.createNamedQuery("Concept.findByUri", Concept.class)
              .setParameter("uri", data.uri())
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (c != null) {
        before.put(data.uri(), fingerprint(data(c)));
      } else {
        boolean taken =
            em.createQuery(
                        "SELECT COUNT(c) FROM Concept c WHERE LOWER(c.prefFr) = LOWER(:l) AND c.uri <> :u",
                        Long.class)
                    .setParameter("l", data.prefLabels().get("fr"))
                    .setParameter("u", data.uri())
                    .getSingleResult()
                > 0;
        if (taken) {
          problems.add(
              new SkosFile.Problem(
                  "skos.samePrefLabel", data.uri(), 0, data.prefLabels().get("fr")));
        }
      }
      byUri.put(data.uri(), c);
    }
    if (!problems.isEmpty()) {
      return new ImportReport(dryRun, List.of(), problems);
    }
    for (SkosFile.ConceptData data : parsed.concepts()) {
      try {
        Concept c = byUri.get(data.uri());
        if (c == null) {
          c = new Concept(data.uri(), data.prefLabels().get("fr"), data.prefLabels().get("en"));
          em.persist(c);
          byUri.put(data.uri(), c);
        } else {
          c.replaceAltLabels(Set.of());
          c.relabel(data.prefLabels().get("fr"), data.prefLabels().get("en"));
          for (Concept b : c.getBroader()) {
            c.removeBroader(b);
          }
          for (Concept r : c.getRelated()) {
            c.unrelate(r);
          }
        }
        c.annotate(data.notes().get("fr"), data.notes().get("en"));
        Concept concept = c;
        data.altLabels()
            .forEach((lang, labels) -> labels.forEach(l -> concept.addAltLabel(lang, l)));
      } catch (DomainException e) {
        problems.add(
            new SkosFile.Problem(
                e.messageKey(),
                data.uri(),
                0,
                String.join(
                    ", ", java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList())));
      }
    }
    for (SkosFile.ConceptData data : parsed.concepts()) {
      Concept c = byUri.get(data.uri());
      try {
        for (String b : data.broader()) {
          c.addBroader(byUri.get(b));
        }
        for (String r : data.related()) {
          if (!c.getRelated().contains(byUri.get(r))) {
            c.relate(byUri.get(r));
          }
        }
      } catch (DomainException e) {
        problems.add(
            new SkosFile.Problem(
                e.messageKey(),
                data.uri(),
                0,
                String.join(
                    ", ", java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList())));
      }
    }
    for (SkosFile.ConceptData data : parsed.concepts()) {
      String was = before.get(data.uri());
      Concept c = byUri.get(data.uri());
      ImportReport.Outcome outcome =
          was == null
              ? ImportReport.Outcome.CREATED
              : was.equals(fingerprint(data(c)))
                  ? ImportReport.Outcome.UNCHANGED
                  : ImportReport.Outcome.CHANGED;
      outcomes.add(
          new ImportReport.ConceptOutcome(data.uri(), data.prefLabels().get("fr"), outcome));
    }
    if (dryRun || !problems.isEmpty()) {
      transactions.setRollbackOnly();
      return new ImportReport(dryRun, problems.isEmpty() ? outcomes : List.of(), problems);
    }
    em.flush();
    // A concept the import changed (its labels above all) is carried by the documents it tags in
    // the search index: each such document once in the outbox.
    java.util.Set<Long> retag = new java.util.TreeSet<>();
    for (ImportReport.ConceptOutcome o : outcomes) {
      if (o.outcome() == ImportReport.Outcome.CHANGED) {
        em.createNamedQuery("ToolDocument.taggedWith", ToolDocument.class)
            .setParameter("conceptId", byUri.get(o.uri()).getId())
            .getResultStream()
            .forEach(d -> retag.add(d.getId()));
      }
    }
    retag.forEach(id -> searchOutbox.changed(DocumentSearchSource.KIND, id));
    audit.record(
        "THESAURUS_IMPORTED", "concept", null, fileName + ": " + outcomes.size() + " concepts");
    return new ImportReport(false, outcomes, List.of());
  }

  /** The whole thesaurus as SKOS, in a stable order (an export re-imported exports the same). */
  @Transactional(TxType.SUPPORTS)
  public String exportSkos(RDFFormat format) {
    requireStaff();
    List<SkosFile.ConceptData> all =
        em.createNamedQuery("Concept.listAll", Concept.class)
            .getResultStream()
            .map(Thesaurus::data)
            .toList();
    return SkosFile.write(BASE_URI + "scheme", all, format);
  }

  private static SkosFile.ConceptData data(Concept c) {
    Map<String, String> pref = new TreeMap<>();
    pref.put("fr", c.getPrefFr());
    if (c.getPrefEn() != null) {
      pref.put("en", c.getPrefEn());
    }
    Map<String, Set<String>> alt = new TreeMap<>();
    for (Label l : c.getAltLabels()) {
      alt.computeIfAbsent(l.getLang(), k -> new TreeSet<>()).add(l.getText());
    }
    Map<String, String> notes = new TreeMap<>();
    if (c.getNoteFr() != null) {
      notes.put("fr", c.getNoteFr());
    }
    if (c.getNoteEn() != null) {
      notes.put("en", c.getNoteEn());
    }
    return new SkosFile.ConceptData(
        c.getUri(),
        pref,
        alt,
        notes,
        c.getBroader().stream()
            .map(Concept::getUri)
            .collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
        c.getRelated().stream()
            .map(Concept::getUri)
            .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
  }

  private static String fingerprint(SkosFile.ConceptData d) {
    return new TreeMap<>(d.prefLabels())
        + "|"
        + new TreeMap<>(d.altLabels())
        + "|"
        + new TreeMap<>(d.notes())
        + "|"
        + new TreeSet<>(d.broader())
        + "|"
        + new TreeSet<>(d.related());
  }

  /** Concepts by id, for documents' subjects; an unknown id is refused. */
  Set<Concept> concepts(List<Long> ids) {
    Set<Concept> out = new LinkedHashSet<>();
    for (Long id : ids) {
      out.add(find(id));
    }
    return out;
  }

  private void apply(Concept concept, ConceptForm form) {
    concept.annotate(form.noteFr(), form.noteEn());
    for (String alt : lines(form.altFr())) {
      concept.addAltLabel("fr", alt);
    }
    for (String alt : lines(form.altEn())) {
      concept.addAltLabel("en", alt);
    }
    for (Long b : form.broaderIds()) {
      concept.addBroader(find(b));
    }
    for (Long r : form.relatedIds()) {
      concept.relate(find(r));
    }
  }

  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private Concept find(long id) {
    Concept c = em.find(Concept.class, id);
    if (c == null) {
      throw new NotFoundException();
    }
    return c;
  }

  private Caller requireStaff() {
    Caller caller = guard.requireSignedIn();
    if (!DocumentAccess.staff(caller)) {
      throw new AccessDeniedException();
    }
    return caller;
  }

  private static ConceptRow row(Concept c, Locale locale, long documents) {
    Comparator<ConceptChoice> byLabel = Comparator.comparing(ConceptChoice::label);
    return new ConceptRow(
        c.getId(),
        c.getUri(),
        c.getPrefFr(),
        c.getPrefEn(),
        c.getAltLabels().stream()
            .filter(l -> l.getLang().equals("fr"))
            .map(Label::getText)
            .sorted()
            .toList(),
        c.getAltLabels().stream()
            .filter(l -> l.getLang().equals("en"))
            .map(Label::getText)
            .sorted()
            .toList(),
        c.getNoteFr(),
        c.getNoteEn(),
        c.getBroader().stream()
            .map(x -> new ConceptChoice(x.getId(), x.label(locale)))
            .sorted(byLabel)
            .toList(),
        c.getNarrower().stream()
            .map(x -> new ConceptChoice(x.getId(), x.label(locale)))
            .sorted(byLabel)
            .toList(),
        c.getRelated().stream()
            .map(x -> new ConceptChoice(x.getId(), x.label(locale)))
            .sorted(byLabel)
            .toList(),
        documents);
  }
}
