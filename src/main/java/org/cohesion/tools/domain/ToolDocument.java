package org.cohesion.tools.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * A document of the centre, described in Dublin Core, in a working group's tools or in the network
 * library, with its versions (newest first). A new version never replaces an old one; the rules on
 * what may be described and how are guarded here. The library's lists are "everything not kept to a
 * group": a document without a group is never group-only ({@link DocumentAccess#allowed}), so its
 * confidentiality alone decides (a {@code d.group IS NULL} test beside the outer fetch join left
 * the groupless documents out).
 */
@Entity
@Table(name = "tool_document")
@NamedQuery(
    name = "ToolDocument.listOfGroup",
    query =
        "SELECT d FROM ToolDocument d JOIN FETCH d.group WHERE d.group.id = :groupId ORDER BY"
            + " d.createdAt DESC, d.id DESC")
@NamedQuery(
    name = "ToolDocument.listLibrary",
    query =
        "SELECT d FROM ToolDocument d LEFT JOIN FETCH d.group WHERE"
            + " d.confidentiality <> org.cohesion.tools.domain.Confidentiality.GROUP ORDER BY"
            + " d.createdAt DESC, d.id DESC")
@NamedQuery(
    name = "ToolDocument.mostDownloaded",
    query =
        "SELECT d FROM ToolDocument d LEFT JOIN FETCH d.group WHERE d.downloads > 0 AND"
            + " d.confidentiality <> org.cohesion.tools.domain.Confidentiality.GROUP ORDER BY"
            + " d.downloads DESC, d.id")
@NamedQuery(
    name = "ToolDocument.taggedWith",
    query = "SELECT d FROM ToolDocument d JOIN d.subjects s WHERE s.id = :conceptId")
public class ToolDocument implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int TITLE_MAX = 300;
  public static final int CREATORS_MAX = 500;
  public static final int PUBLISHER_MAX = 200;
  public static final int TERRITORIES_MAX = 500;
  public static final int DESCRIPTION_MAX = 5000;
  public static final int RIGHTS_MAX = 500;

  /** A paper item's shelf mark (cote), e.g. « URB 352.1 MAR ». */
  public static final int SHELF_MARK_MAX = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "group_id")
  private WorkingGroup group;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Confidentiality confidentiality;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(length = CREATORS_MAX)
  private String creators;

  @Column(length = PUBLISHER_MAX)
  private String publisher;

  private LocalDate issued;

  @Enumerated(EnumType.STRING)
  @Column(name = "doc_type", nullable = false, length = 30)
  private DocumentType type;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(length = TERRITORIES_MAX)
  private String territories;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  @Column(length = RIGHTS_MAX)
  private String rights;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by", nullable = false)
  private Member createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Set for a paper item, catalogued without a file; null for a file's document. */
  @Column(name = "shelf_mark", length = SHELF_MARK_MAX)
  private String shelfMark;

  /** Counted downloads of every version; kept on the row for the "most downloaded" list. */
  private long downloads;

  @ManyToMany
  @JoinTable(
      name = "document_subject",
      joinColumns = @JoinColumn(name = "document_id"),
      inverseJoinColumns = @JoinColumn(name = "concept_id"))
  private Set<Concept> subjects = new LinkedHashSet<>();

  @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
  @OrderBy("number DESC")
  private List<DocumentVersion> versions = new ArrayList<>();

  protected ToolDocument() {}

  public ToolDocument(WorkingGroup group, DublinCore metadata, Member by, Instant at) {
    this.group = group;
    this.createdBy = Objects.requireNonNull(by);
    this.createdAt = Objects.requireNonNull(at);
    describe(metadata);
  }

  /** A paper item: catalogued with its shelf mark, never a file; staff lend it. */
  public static ToolDocument paper(
      WorkingGroup group, DublinCore metadata, String shelfMark, Member by, Instant at) {
    ToolDocument doc = new ToolDocument(group, metadata, by, at);
    String mark = shelfMark == null ? "" : shelfMark.strip();
    if (mark.isEmpty()) {
      throw new DomainException("paper.shelfMarkRequired");
    }
    if (mark.length() > SHELF_MARK_MAX) {
      throw new DomainException("field.tooLong");
    }
    doc.shelfMark = mark;
    return doc;
  }

  /** Changes the description; a library document cannot be kept to a group it does not have. */
  public final void describe(DublinCore dc) {
    if (!DocumentAccess.allowed(dc.confidentiality(), group != null)) {
      throw new DomainException("document.groupOnlyInGroup");
    }
    this.title = dc.title();
    this.creators = dc.creators();
    this.publisher = dc.publisher();
    this.issued = dc.issued();
    this.type = dc.type();
    this.language = dc.language();
    this.territories = dc.territories();
    this.description = dc.description();
    this.rights = dc.rights();
    this.confidentiality = dc.confidentiality();
  }

  public DublinCore metadata() {
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

  /**
   * Adds the next version; the caller holds the document's row lock, so two uploads at once get two
   * numbers and neither is lost.
   */
  public DocumentVersion addVersion(
      StoredFile file, String note, String label, Member by, Instant at) {
    if (isPaper()) {
      throw new DomainException("paper.noFile");
    }
    int next = versions.stream().mapToInt(DocumentVersion::getNumber).max().orElse(0) + 1;
    DocumentVersion v = new DocumentVersion(this, next, file, note, label, by, at);
    versions.add(0, v);
    return v;
  }

  public void tag(Set<Concept> concepts) {
    subjects.clear();
    subjects.addAll(concepts);
  }

  public void untag(Concept concept) {
    subjects.remove(concept);
  }

  public void countDownload() {
    downloads++;
  }

  /** The newest version out of quarantine: what is shown and indexed of the file. */
  public Optional<DocumentVersion> latestClean() {
    return versions.stream().filter(v -> !v.isQuarantined()).findFirst();
  }

  /**
   * The unnamed versions past the newest {@code keep} unnamed ones: those to prune. Named versions
   * are kept for ever and the latest version always (it is the document's file).
   */
  public List<DocumentVersion> prunable(int keep) {
    DocumentVersion newest = versions.isEmpty() ? null : versions.get(0);
    List<DocumentVersion> unnamed =
        versions.stream().filter(v -> !v.isKeptForEver() && v != newest).toList();
    int keepOlder = Math.max(keep - (newest != null && !newest.isKeptForEver() ? 1 : 0), 0);
    return unnamed.size() <= keepOlder ? List.of() : unnamed.subList(keepOlder, unnamed.size());
  }

  /**
   * Takes away a version (refused by the virus scanner, or pruned); answers whether any is left.
   */
  public boolean remove(DocumentVersion v) {
    versions.remove(v);
    return !versions.isEmpty();
  }

  public boolean isPaper() {
    return shelfMark != null;
  }

  public String getShelfMark() {
    return shelfMark;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public WorkingGroup getGroup() {
    return group;
  }

  public Confidentiality getConfidentiality() {
    return confidentiality;
  }

  public String getTitle() {
    return title;
  }

  public DocumentType getType() {
    return type;
  }

  public String getLanguage() {
    return language;
  }

  public String getTerritories() {
    return territories;
  }

  public LocalDate getIssued() {
    return issued;
  }

  public Member getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getDownloads() {
    return downloads;
  }

  public Set<Concept> getSubjects() {
    return Set.copyOf(subjects);
  }

  public List<DocumentVersion> getVersions() {
    return List.copyOf(versions);
  }
}
