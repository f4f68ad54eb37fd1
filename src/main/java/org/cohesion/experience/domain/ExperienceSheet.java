package org.cohesion.experience.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * An experience sheet of a working group: its identity, means and results as fields, its written
 * parts as {@link SheetPart} rows (each with its own version, so co-writers of different parts
 * never collide), and where it stands in its review. Published versions are {@link
 * SheetPublication} snapshots: the working copy can be revised while the last publication stays
 * what readers see.
 */
@Entity
@Table(name = "experience_sheet")
@NamedQuery(
    name = "ExperienceSheet.listOfGroup",
    query = "SELECT s FROM ExperienceSheet s WHERE s.group.id = :groupId ORDER BY s.updatedAt DESC")
@NamedQuery(
    name = "ExperienceSheet.staffIds",
    query = "SELECT a.member.id FROM Account a JOIN a.roles r WHERE r = :role AND a.active = TRUE")
@NamedQuery(
    name = "ExperienceSheet.leadIds",
    query =
        "SELECT ms.member.id FROM Membership ms WHERE ms.group.id = :groupId AND ms.role = :role")
public class ExperienceSheet {

  public static final int MAX_TITLE = 200;
  public static final int MAX_LINE = 200;
  public static final int MAX_PARTNERS = 1000;
  public static final int MAX_COMMENT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false)
  private WorkingGroup group;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SheetStatus status = SheetStatus.DRAFT;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SheetConfidentiality confidentiality = SheetConfidentiality.GROUP;

  @Column(name = "network_id")
  private Long networkId;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "territory_id")
  private Long territoryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "audience")
  private TargetPublic audience;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(name = "project_owner")
  private String projectOwner;

  private String partners;

  private String contact;

  @Column(name = "budget_total")
  private BigDecimal budgetTotal;

  @Column(name = "with_grid", nullable = false)
  private boolean withGrid;

  @Column(name = "published_number", nullable = false)
  private int publishedNumber;

  @Column(name = "review_comment", length = MAX_COMMENT)
  private String reviewComment;

  @Column(nullable = false)
  private boolean demo;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "experience_sheet_theme", joinColumns = @JoinColumn(name = "sheet_id"))
  @Column(name = "concept_id")
  private Set<Long> themeIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "experience_sheet_author", joinColumns = @JoinColumn(name = "sheet_id"))
  @Column(name = "member_id")
  private Set<Long> authorIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "experience_sheet_attachment",
      joinColumns = @JoinColumn(name = "sheet_id"))
  @Column(name = "document_id")
  private Set<Long> attachmentIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "experience_funding", joinColumns = @JoinColumn(name = "sheet_id"))
  @OrderColumn(name = "seq")
  private List<Funding> fundings = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "experience_key_moment", joinColumns = @JoinColumn(name = "sheet_id"))
  @OrderColumn(name = "seq")
  private List<KeyMoment> keyMoments = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "experience_indicator", joinColumns = @JoinColumn(name = "sheet_id"))
  @OrderColumn(name = "seq")
  private List<ResultIndicator> indicators = new ArrayList<>();

  protected ExperienceSheet() {}

  /** A new draft in a group, kept to the group until someone opens it. */
  public static ExperienceSheet draft(
      WorkingGroup group, long creatorId, String title, Instant now) {
    ExperienceSheet sheet = new ExperienceSheet();
    sheet.group = Objects.requireNonNull(group, "group");
    sheet.createdBy = creatorId;
    sheet.title = requireTitle(title);
    sheet.authorIds.add(creatorId);
    sheet.createdAt = now;
    sheet.updatedAt = now;
    return sheet;
  }

  private static String requireTitle(String title) {
    if (title == null || title.isBlank()) {
      throw new DomainException("experience.title.required");
    }
    return title.strip();
  }

  private void requireEditable() {
    if (!status.editable()) {
      throw new DomainException("experience.notEditable");
    }
  }

  /** The most documents one sheet lists. */
  public static final int MAX_ATTACHMENTS = 20;

  /**
   * Lists a document of the document centre on the sheet. Not a change of its text: the working
   * copy and its publications list the sheet's attachments as they are now.
   */
  public void attach(long documentId) {
    if (!attachmentIds.contains(documentId) && attachmentIds.size() >= MAX_ATTACHMENTS) {
      throw new DomainException("experience.attachments.tooMany", MAX_ATTACHMENTS);
    }
    attachmentIds.add(documentId);
  }

  public void detach(long documentId) {
    attachmentIds.remove(documentId);
  }

  public Set<Long> getAttachmentIds() {
    return Set.copyOf(attachmentIds);
  }

  /** Writing after a publication starts a revision: the publication stays what readers see. */
  private void touched(long memberId, Instant now) {
    if (status == SheetStatus.PUBLISHED) {
      status = SheetStatus.DRAFT;
    }
    authorIds.add(memberId);
    updatedAt = now;
  }

  /** Sets the identity, the means and the measured results, as the sheet's form gives them. */
  public void describe(Identity identity, Budget budget, long memberId, Instant now) {
    requireEditable();
    Objects.requireNonNull(identity, "identity");
    if (identity.periodStart() != null
        && identity.periodEnd() != null
        && identity.periodEnd().isBefore(identity.periodStart())) {
      throw new DomainException("experience.period.order");
    }
    budget.check();
    this.title = requireTitle(identity.title());
    this.themeIds = new LinkedHashSet<>(identity.themeIds());
    this.territoryId = identity.territoryId();
    this.audience = identity.audience();
    this.periodStart = identity.periodStart();
    this.periodEnd = identity.periodEnd();
    this.projectOwner = blankToNull(identity.projectOwner());
    this.partners = blankToNull(identity.partners());
    this.contact = blankToNull(identity.contact());
    this.withGrid = identity.withGrid();
    this.budgetTotal = budget.total();
    this.fundings = new ArrayList<>(budget.shares());
    this.keyMoments = new ArrayList<>(identity.keyMoments());
    this.indicators = new ArrayList<>(identity.indicators());
    touched(memberId, now);
  }

  /** A part was written: the sheet counts as changed, and the writer as one of its authors. */
  public void partWritten(long memberId, Instant now) {
    requireEditable();
    touched(memberId, now);
  }

  /**
   * The label keys of what is required and empty, in the sheet's order: the identity's fields, then
   * the written parts.
   */
  public List<String> missing(Map<Part, String> texts) {
    List<String> missing = new ArrayList<>();
    if (themeIds.isEmpty()) {
      missing.add("experience.field.themes");
    }
    if (territoryId == null) {
      missing.add("experience.field.territory");
    }
    if (periodStart == null) {
      missing.add("experience.field.period");
    }
    if (projectOwner == null) {
      missing.add("experience.field.projectOwner");
    }
    if (contact == null) {
      missing.add("experience.field.contact");
    }
    for (Part part : Part.of(withGrid)) {
      String text = texts.get(part);
      if (part.required() && (text == null || text.isBlank())) {
        missing.add(part.labelKey());
      }
    }
    return missing;
  }

  /** Sends the sheet to the group's leads or the staff, once every required part is written. */
  public void submit(Map<Part, String> texts, Instant now) {
    if (status == SheetStatus.SUBMITTED) {
      throw new DomainException("experience.alreadySubmitted");
    }
    if (status == SheetStatus.PUBLISHED) {
      throw new DomainException("experience.nothingToSubmit");
    }
    List<String> missing = missing(texts);
    if (!missing.isEmpty()) {
      throw new SheetIncompleteException(missing);
    }
    status = SheetStatus.SUBMITTED;
    updatedAt = now;
  }

  /** A reviewer publishes the submitted sheet: the next publication number. */
  public int publish(Instant now) {
    if (status != SheetStatus.SUBMITTED) {
      throw new DomainException("experience.notSubmitted");
    }
    status = SheetStatus.PUBLISHED;
    reviewComment = null;
    publishedNumber++;
    updatedAt = now;
    return publishedNumber;
  }

  /** A reviewer sends it back to its authors with what to change. */
  public void returnToAuthors(String comment, Instant now) {
    if (status != SheetStatus.SUBMITTED) {
      throw new DomainException("experience.notSubmitted");
    }
    if (comment == null || comment.isBlank()) {
      throw new DomainException("experience.return.commentRequired");
    }
    if (comment.length() > MAX_COMMENT) {
      throw new DomainException("experience.comment.tooLong", MAX_COMMENT);
    }
    status = SheetStatus.RETURNED;
    reviewComment = comment.strip();
    updatedAt = now;
  }

  /**
   * Changes who reads it. Opening it wider must be confirmed by the caller (the page asks); closing
   * it takes effect at once. The coordinators' level names its network.
   */
  public void keepTo(SheetConfidentiality level, Long network, boolean confirmed, Instant now) {
    Objects.requireNonNull(level, "level");
    if (level == SheetConfidentiality.COORDINATORS && network == null) {
      throw new DomainException("experience.confidentiality.networkRequired");
    }
    boolean widens =
        confidentiality.widenedBy(level)
            || (level == SheetConfidentiality.COORDINATORS
                && confidentiality == SheetConfidentiality.COORDINATORS
                && !network.equals(networkId));
    if (widens && !confirmed) {
      throw new DomainException("experience.confidentiality.confirm");
    }
    confidentiality = level;
    networkId = level == SheetConfidentiality.COORDINATORS ? network : null;
    updatedAt = now;
  }

  public void markDemo() {
    this.demo = true;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Budget budget() {
    return new Budget(budgetTotal, fundings);
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

  public SheetStatus getStatus() {
    return status;
  }

  public SheetConfidentiality getConfidentiality() {
    return confidentiality;
  }

  public Long getNetworkId() {
    return networkId;
  }

  public String getTitle() {
    return title;
  }

  public Long getTerritoryId() {
    return territoryId;
  }

  public TargetPublic getAudience() {
    return audience;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public String getProjectOwner() {
    return projectOwner;
  }

  public String getPartners() {
    return partners;
  }

  public String getContact() {
    return contact;
  }

  public boolean isWithGrid() {
    return withGrid;
  }

  public int getPublishedNumber() {
    return publishedNumber;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public boolean isDemo() {
    return demo;
  }

  public Long getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Set<Long> getThemeIds() {
    return Set.copyOf(themeIds);
  }

  public Set<Long> getAuthorIds() {
    return Set.copyOf(authorIds);
  }

  public List<KeyMoment> getKeyMoments() {
    return List.copyOf(keyMoments);
  }

  public List<ResultIndicator> getIndicators() {
    return List.copyOf(indicators);
  }
}
