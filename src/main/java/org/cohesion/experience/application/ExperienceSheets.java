package org.cohesion.experience.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cohesion.experience.domain.Budget;
import org.cohesion.experience.domain.CoordinationNetwork;
import org.cohesion.experience.domain.ExperienceSheet;
import org.cohesion.experience.domain.Funding;
import org.cohesion.experience.domain.Identity;
import org.cohesion.experience.domain.KeyMoment;
import org.cohesion.experience.domain.Part;
import org.cohesion.experience.domain.PartMerge;
import org.cohesion.experience.domain.PartRevision;
import org.cohesion.experience.domain.ResultIndicator;
import org.cohesion.experience.domain.SheetAccess;
import org.cohesion.experience.domain.SheetComment;
import org.cohesion.experience.domain.SheetConfidentiality;
import org.cohesion.experience.domain.SheetPart;
import org.cohesion.experience.domain.SheetPublication;
import org.cohesion.network.domain.Member;
import org.cohesion.observation.application.Catalogue;
import org.cohesion.observation.domain.Territory;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.Constraints;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.domain.Page;
import org.cohesion.platform.notification.Notice;
import org.cohesion.platform.notification.Notifications;
import org.cohesion.platform.search.SearchOutbox;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.tools.application.DocumentRow;
import org.cohesion.tools.application.Documents;
import org.cohesion.tools.application.Thesaurus;
import org.cohesion.tools.domain.Concept;
import org.cohesion.workspace.application.GroupAccessLookup;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * The use cases of experience sheets. Every public method finds who calls and decides with {@link
 * SheetAccess} for the very sheet it touches: a sheet the caller may not see does not exist for
 * them (404), whatever id they send. Each change is one transaction, with its audit entry and its
 * notifications (in the app, and queued for mail after the commit).
 */
@ApplicationScoped
public class ExperienceSheets {

  public static final int PAGE_LIMIT = 50;

  @PersistenceContext EntityManager em;
  @Inject Guard guard;
  @Inject SearchOutbox searchOutbox;
  @Inject GroupAccessLookup groups;
  @Inject SheetContents contents;
  @Inject Notifications notifications;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Validator validator;
  @Inject Thesaurus thesaurus;
  @Inject Catalogue territories;
  @Inject Documents documents;

  // --- who may do what ---------------------------------------------------------------------

  /** The caller's coordinators' networks (through the groups they belong to). */
  Set<Long> networksOf(Caller caller) {
    if (caller.memberId() == null) {
      return Set.of();
    }
    return new HashSet<>(
        em.createNamedQuery("CoordinationNetwork.idsOfMember", Long.class)
            .setParameter("memberId", caller.memberId())
            .getResultList());
  }

  Set<Long> groupsOf(Caller caller) {
    if (caller.memberId() == null) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery("SELECT ms.group.id FROM Membership ms WHERE ms.member.id = :m", Long.class)
            .setParameter("m", caller.memberId())
            .getResultList());
  }

  SheetAccess accessTo(ExperienceSheet sheet, Caller caller) {
    GroupAccess group = groups.of(sheet.getGroup(), caller);
    boolean inNetwork =
        sheet.getNetworkId() != null && networksOf(caller).contains(sheet.getNetworkId());
    return SheetAccess.of(caller, sheet, group, inNetwork);
  }

  private ExperienceSheet find(long id) {
    ExperienceSheet sheet = em.find(ExperienceSheet.class, id);
    if (sheet == null) {
      throw new NotFoundException();
    }
    return sheet;
  }

  private ExperienceSheet lockedForChange(long id) {
    ExperienceSheet sheet = em.find(ExperienceSheet.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (sheet == null) {
      throw new NotFoundException();
    }
    return sheet;
  }

  /** Loads the sheet, 404 unless the caller sees it, refused unless the rule allows. */
  private SheetAccess require(
      ExperienceSheet sheet, Caller caller, java.util.function.Predicate<SheetAccess> rule) {
    SheetAccess access = accessTo(sheet, caller);
    if (!access.canSee()) {
      throw new NotFoundException();
    }
    if (!rule.test(access)) {
      throw new AccessDeniedException();
    }
    return access;
  }

  // --- writing -----------------------------------------------------------------------------

  /** A new draft in a group, by one of its contributors or leads. */
  @Transactional
  public long create(long groupId, String title) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = em.find(WorkingGroup.class, groupId);
    if (group == null) {
      throw new NotFoundException();
    }
    GroupAccess access = groups.of(group, caller);
    if (!access.canSee()) {
      throw new NotFoundException();
    }
    if (!(access.canContribute() || access.canManage()) || caller.memberId() == null) {
      throw new AccessDeniedException();
    }
    if (title != null && title.strip().length() > ExperienceSheet.MAX_TITLE) {
      throw new DomainException("experience.title.size");
    }
    ExperienceSheet sheet = ExperienceSheet.draft(group, caller.memberId(), title, clock.instant());
    em.persist(sheet);
    em.flush();
    audit.record("experience.create", "ExperienceSheet", sheet.getId(), sheet.getTitle());
    return sheet.getId();
  }

  /** The edit page's one read: the form and every part with its version. */
  @Transactional(TxType.SUPPORTS)
  public SheetEditing editing(long id, Locale locale) {
    Caller caller = guard.requireSignedIn();
    ExperienceSheet sheet = find(id);
    require(sheet, caller, SheetAccess::canWrite);
    Map<Part, SheetPart> parts = contents.parts(id);
    List<SheetEditing.PartDraft> drafts = new ArrayList<>();
    for (Part part : Part.values()) {
      SheetPart p = parts.get(part);
      drafts.add(
          new SheetEditing.PartDraft(
              part,
              p == null ? "" : p.getBody(),
              p == null ? -1 : p.getVersion(),
              part.required()));
    }
    List<SheetEditing.Choice> themes = new ArrayList<>();
    for (Long cid : sheet.getThemeIds()) {
      Concept c = em.find(Concept.class, cid);
      if (c != null) {
        themes.add(new SheetEditing.Choice(cid, c.label(locale)));
      }
    }
    SheetEditing.Choice territory = null;
    if (sheet.getTerritoryId() != null) {
      Territory t = em.find(Territory.class, sheet.getTerritoryId());
      if (t != null) {
        territory = new SheetEditing.Choice(t.getId(), t.getName());
      }
    }
    return new SheetEditing(
        id,
        sheet.getGroup().getId(),
        sheet.getGroup().getName(),
        sheet.getVersion(),
        sheet.getStatus(),
        formOf(sheet),
        drafts,
        themes,
        territory,
        sheet.getReviewComment());
  }

  private static SheetForm formOf(ExperienceSheet s) {
    Budget b = s.budget();
    return new SheetForm(
        s.getTitle(),
        s.getThemeIds(),
        s.getTerritoryId(),
        s.getAudience(),
        s.getPeriodStart(),
        s.getPeriodEnd(),
        s.getProjectOwner(),
        s.getPartners(),
        s.getContact(),
        s.isWithGrid(),
        b.total(),
        b.shares().stream()
            .map(f -> new SheetForm.Share(f.getFunder(), f.getLabel(), f.getAmount()))
            .toList(),
        s.getKeyMoments().stream()
            .map(k -> new SheetForm.Moment(k.getOnDate(), k.getLabel()))
            .toList(),
        s.getIndicators().stream()
            .map(
                i ->
                    new SheetForm.Measure(
                        i.getLabel(),
                        i.getValue(),
                        i.getPeriod(),
                        i.getSource(),
                        i.getIndicatorId(),
                        i.getTerritoryId()))
            .toList());
  }

  /**
   * Saves the identity, means and results. {@code read} is the form as the page read it: when
   * someone has changed it since, the save is refused as a concurrent change (the page keeps what
   * was typed and shows the message), and the parts are never touched by it.
   */
  @Transactional
  public void describe(long id, SheetForm read, SheetForm form) {
    Caller caller = guard.requireSignedIn();
    Constraints.check(validator, form);
    ExperienceSheet sheet = lockedForChange(id);
    require(sheet, caller, SheetAccess::canWrite);
    // The sheet's own version moves with every part saved: what must not have changed is the form.
    if (read != null && !formOf(sheet).equals(read)) {
      throw new DomainException("experience.identity.conflict");
    }
    for (Long cid : form.themeIds()) {
      if (em.find(Concept.class, cid) == null) {
        throw new DomainException("experience.theme.unknown");
      }
    }
    if (form.territoryId() != null && em.find(Territory.class, form.territoryId()) == null) {
      throw new DomainException("experience.territory.unknown");
    }
    List<Funding> shares =
        form.fundings().stream().map(f -> new Funding(f.funder(), f.label(), f.amount())).toList();
    Identity identity =
        new Identity(
            form.title(),
            form.themeIds(),
            form.territoryId(),
            form.audience(),
            form.periodStart(),
            form.periodEnd(),
            form.projectOwner(),
            form.partners(),
            form.contact(),
            form.withGrid(),
            form.keyMoments().stream().map(m -> new KeyMoment(m.date(), m.label())).toList(),
            form.indicators().stream()
                .map(
                    m ->
                        new ResultIndicator(
                            m.label(),
                            m.value(),
                            m.period(),
                            m.source(),
                            m.indicatorId(),
                            m.territoryId()))
                .toList());
    sheet.describe(identity, new Budget(form.budgetTotal(), shares), caller.memberId(), now());
    audit.record("experience.describe", "ExperienceSheet", id, null);
  }

  /**
   * Saves one part, written from {@code fromVersion} (-1 for a part never saved). Two people
   * writing the same part: the second's save is merged by paragraph with the first's ({@link
   * PartMerge}); when both changed the same paragraph it is refused with the first one's text
   * ({@link PartConflictException}), so the page shows both and nothing is lost.
   */
  @Transactional
  public PartSave savePart(long id, Part part, String text, int fromVersion) {
    Caller caller = guard.requireSignedIn();
    Objects.requireNonNull(part, "part");
    // The sheet's row lock orders concurrent saves of its parts: the second reads the first's.
    ExperienceSheet sheet = lockedForChange(id);
    require(sheet, caller, SheetAccess::canWrite);
    SheetPart stored =
        em.createNamedQuery("SheetPart.find", SheetPart.class)
            .setParameter("sheetId", id)
            .setParameter("part", part)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Instant now = now();
    boolean mergedWith = false;
    if (stored == null) {
      if (fromVersion != -1) {
        throw new DomainException("experience.part.conflict", part.labelKey());
      }
      stored = new SheetPart(id, part, now);
      stored.write(text, stored.getVersion(), caller.memberId(), now);
      em.persist(stored);
    } else if (stored.getVersion() != fromVersion) {
      // Someone saved it since: merge by paragraph against the text both started from.
      String base = fromVersion == -1 ? "" : revisionText(stored.getId(), fromVersion);
      String theirs = stored.getBody();
      String merged = base == null ? null : PartMerge.merge(base, text, theirs).orElse(null);
      if (merged == null) {
        throw new PartConflictException(part, theirs, stored.getVersion());
      }
      stored.write(merged, stored.getVersion(), caller.memberId(), now);
      mergedWith = true;
    } else {
      stored.write(text, fromVersion, caller.memberId(), now);
    }
    sheet.partWritten(caller.memberId(), now);
    em.flush();
    em.persist(new PartRevision(stored, caller.memberId()));
    return new PartSave(stored.getVersion(), stored.getBody(), mergedWith);
  }

  /** A part's save: its new version, the text stored, and whether it merged another's save. */
  public record PartSave(int version, String text, boolean merged)
      implements java.io.Serializable {}

  private String revisionText(long partId, int number) {
    return em.createQuery(
            "SELECT r.body FROM PartRevision r WHERE r.partId = :p AND r.number = :n", String.class)
        .setParameter("p", partId)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The saved texts of a part, newest first, for whoever reads the working copy. */
  @Transactional(TxType.SUPPORTS)
  public List<PartHistory> history(long id, Part part) {
    Caller caller = guard.requireSignedIn();
    ExperienceSheet sheet = find(id);
    require(sheet, caller, SheetAccess::canReadWorkingCopy);
    SheetPart stored =
        em.createNamedQuery("SheetPart.find", SheetPart.class)
            .setParameter("sheetId", id)
            .setParameter("part", part)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (stored == null) {
      return List.of();
    }
    return em
        .createNamedQuery("PartRevision.ofPart", PartRevision.class)
        .setParameter("partId", stored.getId())
        .setMaxResults(100)
        .getResultList()
        .stream()
        .map(
            r ->
                new PartHistory(r.getNumber(), nameOf(r.getSavedBy()), r.getSavedAt(), r.getBody()))
        .toList();
  }

  public record PartHistory(int number, String author, Instant at, String text)
      implements java.io.Serializable {}

  // --- review ------------------------------------------------------------------------------

  /** Sends the sheet to the group's leads and the staff, once every required part is written. */
  @Transactional
  public void submit(long id) {
    Caller caller = guard.requireSignedIn();
    ExperienceSheet sheet = lockedForChange(id);
    require(sheet, caller, SheetAccess::canWrite);
    sheet.submit(SheetContents.texts(contents.parts(id)), now());
    audit.record("experience.submit", "ExperienceSheet", id, null);
    Set<Long> reviewers = new HashSet<>(leadsOf(sheet));
    reviewers.addAll(
        em.createNamedQuery("ExperienceSheet.staffIds", Long.class)
            .setParameter("role", PlatformRole.STAFF)
            .getResultList());
    notifications.send(
        Notice.of(
            "notice.experience.submitted", link(id), sheet.getTitle(), sheet.getGroup().getName()),
        reviewers,
        caller.memberId());
  }

  /** A reviewer publishes it: a new readable version, the earlier ones kept. */
  @Transactional
  public int publish(long id) {
    Caller caller = guard.requireSignedIn();
    ExperienceSheet sheet = lockedForChange(id);
    require(sheet, caller, SheetAccess::canReview);
    Instant now = now();
    int number = sheet.publish(now);
    em.createNamedQuery("SheetPublication.latestOf", SheetPublication.class)
        .setParameter("sheetId", id)
        .getResultList()
        .forEach(SheetPublication::superseded);
    em.flush();
    SheetContent content = contents.of(sheet, number);
    em.persist(new SheetPublication(sheet, number, contents.json(content), caller.memberId(), now));
    audit.record("experience.publish", "ExperienceSheet", id, "version " + number);
    searchOutbox.changed(SheetSearchSource.KIND, id);
    notifications.send(
        Notice.of("notice.experience.published", link(id), sheet.getTitle()),
        authorsInGroup(sheet),
        caller.memberId());
    return number;
  }

  /** A reviewer sends it back to its authors with what to change. */
  @Transactional
  public void returnToAuthors(long id, String comment) {
    Caller caller = guard.requireSignedIn();
    ExperienceSheet sheet = lockedForChange(id);
    require(sheet, caller, SheetAccess::canReview);
    Instant now = now();
    sheet.returnToAuthors(comment, now);
    em.persist(new SheetComment(id, SheetComment.Kind.REVIEW, caller.memberId(), comment, now));
    audit.record("experience.return", "ExperienceSheet", id, null);
    notifications.send(
        Notice.of("notice.experience.returned", link(id), sheet.getTitle()),
        authorsInGroup(sheet),
        caller.memberId());
  }

  /**
   * Sets who reads it. Opening it wider needs {@code confirmed} (the page asks first), closing it
   * takes effect at once; the coordinators' level names one of the staff's networks.
   */
  @Transactional
  public void keepTo(long id, SheetConfidentiality level, Long networkId, boolean confirmed) {
    Caller caller = guard.requireSignedIn();
    ExperienceSheet sheet = lockedForChange(id);
    require(sheet, caller, SheetAccess::canChangeConfidentiality);
    if (level == SheetConfidentiality.COORDINATORS
        && (networkId == null || em.find(CoordinationNetwork.class, networkId) == null)) {
      throw new DomainException("experience.confidentiality.networkRequired");
    }
    SheetConfidentiality before = sheet.getConfidentiality();
    sheet.keepTo(level, networkId, confirmed, now());
    audit.record(
        "experience.confidentiality", "ExperienceSheet", id, before.name() + " -> " + level.name());
    searchOutbox.changed(SheetSearchSource.KIND, id);
  }

  // --- reading -----------------------------------------------------------------------------

  /**
   * A sheet's page: for its group the working copy (number 0) or a publication; for other readers
   * the latest publication they may read, or the one asked for.
   */
  @Transactional(TxType.SUPPORTS)
  public SheetReading reading(long id, Integer number) {
    Caller caller = guard.requireSignedIn();
    ExperienceSheet sheet = find(id);
    SheetAccess access = accessTo(sheet, caller);
    if (!access.canSee()) {
      throw new NotFoundException();
    }
    List<SheetPublication> versions =
        em.createNamedQuery("SheetPublication.versionsOf", SheetPublication.class)
            .setParameter("sheetId", id)
            .getResultList();
    SheetContent content;
    int shown;
    boolean wantWorkingCopy = (number == null || number == 0) && access.canReadWorkingCopy();
    if (wantWorkingCopy) {
      content = contents.of(sheet, 0);
      shown = 0;
    } else {
      if (!access.canReadPublished()) {
        throw new NotFoundException();
      }
      SheetPublication publication =
          versions.stream()
              .filter(p -> number == null || number == 0 ? p.isLatest() : p.getNumber() == number)
              .findFirst()
              .orElseThrow(NotFoundException::new);
      content = contents.read(publication);
      shown = publication.getNumber();
    }
    List<SheetReading.Version> list =
        access.canReadPublished()
            ? versions.stream()
                .map(p -> new SheetReading.Version(p.getNumber(), p.getPublishedAt()))
                .toList()
            : List.of();
    List<SheetReading.Comment> comments =
        em
            .createNamedQuery("SheetComment.ofSheet", SheetComment.class)
            .setParameter("sheetId", id)
            .getResultList()
            .stream()
            // Review comments are the group's business; questions are seen by every reader.
            .filter(c -> c.getKind() == SheetComment.Kind.QUESTION || access.canReadWorkingCopy())
            .map(
                c ->
                    new SheetReading.Comment(
                        c.getKind().name(), nameOf(c.getAuthorId()), c.getBody(), c.getCreatedAt()))
            .toList();
    String networkName = null;
    if (sheet.getNetworkId() != null) {
      CoordinationNetwork n = em.find(CoordinationNetwork.class, sheet.getNetworkId());
      networkName = n == null ? null : n.getName();
    }
    return new SheetReading(
        id,
        sheet.getGroup().getId(),
        content,
        shown,
        sheet.getStatus(),
        sheet.getConfidentiality(),
        networkName,
        access.canReadWorkingCopy() ? sheet.getReviewComment() : null,
        list,
        comments,
        links(id, caller),
        attachments(sheet),
        access);
  }

  /** The sheet's attachments that the caller may read, as the document centre decides. */
  private List<SheetReading.Attachment> attachments(ExperienceSheet sheet) {
    return documents.readableAmong(sheet.getAttachmentIds()).stream()
        .map(d -> new SheetReading.Attachment(d.id(), d.title()))
        .toList();
  }

  // --- attachments -------------------------------------------------------------------------

  /**
   * Lists a document on the sheet, by one who writes it and may read the document: one they may not
   * read does not exist for them.
   */
  @Transactional
  public void attach(long id, long documentId) {
    Caller caller = guard.requireSignedIn();
    ExperienceSheet sheet = lockedForChange(id);
    require(sheet, caller, SheetAccess::canWrite);
    if (documents.readableAmong(List.of(documentId)).isEmpty()) {
      throw new NotFoundException();
    }
    sheet.attach(documentId);
    audit.record("experience.attach", "ExperienceSheet", id, "" + documentId);
  }

  @Transactional
  public void detach(long id, long documentId) {
    Caller caller = guard.requireSignedIn();
    ExperienceSheet sheet = lockedForChange(id);
    require(sheet, caller, SheetAccess::canWrite);
    sheet.detach(documentId);
    audit.record("experience.detach", "ExperienceSheet", id, "" + documentId);
  }

  /**
   * What a writer may attach: the documents of the sheet's group and of the network library that
   * they may read, less those already listed.
   */
  @Transactional(TxType.SUPPORTS)
  public List<SheetEditing.Choice> attachable(long id) {
    Caller caller = guard.requireSignedIn();
    ExperienceSheet sheet = find(id);
    require(sheet, caller, SheetAccess::canWrite);
    Set<Long> listed = sheet.getAttachmentIds();
    List<DocumentRow> rows =
        new ArrayList<>(documents.ofGroup(sheet.getGroup().getId()).documents());
    rows.addAll(documents.library().documents());
    return rows.stream()
        .filter(d -> !listed.contains(d.id()))
        .map(d -> new SheetEditing.Choice(d.id(), d.title()))
        .distinct()
        .toList();
  }

  /** The sheets linked to this one ("we tried this too"), both ways, that the caller may read. */
  private List<SheetReading.Link> links(long id, Caller caller) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT other_id FROM experience_link WHERE sheet_id = ?1"
                    + " UNION SELECT sheet_id FROM experience_link WHERE other_id = ?1")
            .setParameter(1, id)
            .getResultList();
    List<SheetReading.Link> links = new ArrayList<>();
    for (Object o : ids) {
      ExperienceSheet other = em.find(ExperienceSheet.class, ((Number) o).longValue());
      if (other != null && accessTo(other, caller).canSee()) {
        links.add(
            new SheetReading.Link(
                other.getId(), titleFor(other, caller), other.getGroup().getName()));
      }
    }
    return links;
  }

  /** The title a reader sees: the working copy's for its group, else the latest publication's. */
  private String titleFor(ExperienceSheet sheet, Caller caller) {
    if (accessTo(sheet, caller).canReadWorkingCopy()) {
      return sheet.getTitle();
    }
    return em.createNamedQuery("SheetPublication.latestOf", SheetPublication.class)
        .setParameter("sheetId", sheet.getId())
        .getResultStream()
        .map(SheetPublication::getTitle)
        .findFirst()
        .orElse(sheet.getTitle());
  }

  /**
   * A group's sheets as its members see them (working copies), or its published ones for others.
   */
  @Transactional(TxType.SUPPORTS)
  public List<SheetRow> ofGroup(long groupId) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = em.find(WorkingGroup.class, groupId);
    if (group == null || !groups.of(group, caller).canSee()) {
      throw new NotFoundException();
    }
    List<SheetRow> rows = new ArrayList<>();
    for (ExperienceSheet s :
        em.createNamedQuery("ExperienceSheet.listOfGroup", ExperienceSheet.class)
            .setParameter("groupId", groupId)
            .setMaxResults(200)
            .getResultList()) {
      SheetAccess access = accessTo(s, caller);
      if (access.canSee()) {
        rows.add(
            new SheetRow(
                s.getId(),
                titleFor(s, caller),
                group.getName(),
                s.getPeriodStart() == null ? null : s.getPeriodStart().getYear(),
                null,
                access.canReadWorkingCopy() ? s.getStatus() : null,
                s.getConfidentiality(),
                s.getPublishedNumber(),
                s.isDemo()));
      }
    }
    return rows;
  }

  /**
   * The catalogue: the latest publications the caller may read, filtered, newest year first. The
   * confidentiality rule is in the query (the same as {@link SheetAccess#canReadPublished}), so the
   * count and the pages hold only what the caller may read.
   */
  @Transactional(TxType.SUPPORTS)
  public Page<SheetRow> catalogue(CatalogueFilter filter, int first, int max) {
    Caller caller = guard.requireSignedIn();
    CatalogueFilter f = filter == null ? CatalogueFilter.none() : filter;
    StringBuilder where = new StringBuilder(" WHERE p.latest = TRUE");
    Map<String, Object> params = new LinkedHashMap<>();
    if (!caller.isAdministrator()) {
      where.append(
          " AND (s.confidentiality IN :open OR s.group.id IN :groups"
              + (caller.has(PlatformRole.STAFF)
                  ? " OR s.confidentiality = :coordinators"
                  : " OR (s.confidentiality = :coordinators AND s.networkId IN :networks)")
              + ")");
      params.put("open", List.of(SheetConfidentiality.NETWORK, SheetConfidentiality.PUBLIC));
      params.put("groups", orNone(groupsOf(caller)));
      params.put("coordinators", SheetConfidentiality.COORDINATORS);
      if (!caller.has(PlatformRole.STAFF)) {
        params.put("networks", orNone(networksOf(caller)));
      }
    }
    if (f.themeId() != null) {
      where.append(" AND :theme MEMBER OF p.themeIds");
      params.put("theme", f.themeId());
    }
    if (f.territoryId() != null) {
      where.append(" AND p.territoryId IN :territories");
      params.put("territories", withinTerritory(f.territoryId()));
    }
    if (f.year() != null) {
      where.append(" AND p.year = :year");
      params.put("year", f.year());
    }
    if (f.audience() != null) {
      where.append(" AND p.audience = :audience");
      params.put("audience", f.audience());
    }
    String from = " FROM SheetPublication p JOIN p.sheet s";
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + from + where, Long.class);
    TypedQuery<SheetPublication> page =
        em.createQuery(
            "SELECT p" + from + where + " ORDER BY p.year DESC, p.title", SheetPublication.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          page.setParameter(k, v);
        });
    long total = count.getSingleResult();
    List<SheetRow> rows =
        page
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, max), PAGE_LIMIT))
            .getResultList()
            .stream()
            .map(
                p ->
                    new SheetRow(
                        p.getSheet().getId(),
                        p.getTitle(),
                        p.getSheet().getGroup().getName(),
                        p.getYear(),
                        territoryName(p.getTerritoryId()),
                        null,
                        p.getSheet().getConfidentiality(),
                        p.getNumber(),
                        p.getSheet().isDemo()))
            .toList();
    return new Page<>(rows, total);
  }

  /**
   * The territory and every unit it contains, through the observatory's groupings (a commune holds
   * its priority neighbourhoods, a city contract its sites and their neighbourhoods), so that a
   * commune finds the sheets written about its neighbourhoods. The groupings are a few levels deep:
   * one query a level.
   */
  private Set<Long> withinTerritory(long territoryId) {
    Set<Long> all = new HashSet<>(Set.of(territoryId));
    Set<Long> level = Set.of(territoryId);
    while (!level.isEmpty()) {
      Set<Long> next =
          new HashSet<>(
              em.createQuery(
                      "SELECT DISTINCT c.id FROM Territory c JOIN c.parents p WHERE p.id IN :ids",
                      Long.class)
                  .setParameter("ids", level)
                  .getResultList());
      next.removeAll(all);
      all.addAll(next);
      level = next;
    }
    return all;
  }

  private static Set<Long> orNone(Set<Long> ids) {
    // IN () is not valid SQL: an id no row has stands for "none".
    return ids.isEmpty() ? Set.of(-1L) : ids;
  }

  private String territoryName(Long id) {
    if (id == null) {
      return null;
    }
    Territory t = em.find(Territory.class, id);
    return t == null ? null : t.getName();
  }

  /**
   * Two or three sheets side by side, each as the caller may read it: an id they may not read is a
   * 404, as on its own page.
   */
  @Transactional(TxType.SUPPORTS)
  public List<SheetContent> compare(List<Long> ids) {
    if (ids == null
        || ids.size() < 2
        || ids.size() > 3
        || new HashSet<>(ids).size() != ids.size()) {
      throw new DomainException("experience.compare.count");
    }
    List<SheetContent> list = new ArrayList<>();
    for (Long id : ids) {
      list.add(reading(id, null).content());
    }
    return list;
  }

  // --- reuse -------------------------------------------------------------------------------

  /** A reader's question to the authors, who are told in the app and by email. */
  @Transactional
  public void ask(long id, String question) {
    Caller caller = guard.requireSignedIn();
    ExperienceSheet sheet = find(id);
    require(sheet, caller, SheetAccess::canComment);
    em.persist(
        new SheetComment(id, SheetComment.Kind.QUESTION, caller.memberId(), question, now()));
    audit.record("experience.question", "ExperienceSheet", id, null);
    notifications.send(
        Notice.of(
            "notice.experience.question",
            link(id),
            titleFor(sheet, caller),
            nameOf(caller.memberId())),
        authorsInGroup(sheet),
        caller.memberId());
  }

  /**
   * "We tried this too": one of the caller's own sheets (one they write) linked to another they
   * read. The other's authors are told, with the link to their own sheet only.
   */
  @Transactional
  public void triedToo(long mySheetId, long otherId) {
    Caller caller = guard.requireSignedIn();
    if (mySheetId == otherId) {
      throw new DomainException("experience.link.self");
    }
    ExperienceSheet mine = find(mySheetId);
    require(mine, caller, SheetAccess::canWrite);
    ExperienceSheet other = find(otherId);
    require(other, caller, SheetAccess::canSee);
    Number exists =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM experience_link WHERE sheet_id = ?1 AND other_id = ?2")
                .setParameter(1, mySheetId)
                .setParameter(2, otherId)
                .getSingleResult();
    if (exists.longValue() > 0) {
      throw new DomainException("experience.link.exists");
    }
    em.createNativeQuery(
            "INSERT INTO experience_link (sheet_id, other_id, created_by, created_at)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, mySheetId)
        .setParameter(2, otherId)
        .setParameter(3, caller.memberId())
        .setParameter(4, java.sql.Timestamp.from(now()))
        .executeUpdate();
    audit.record("experience.link", "ExperienceSheet", otherId, "from " + mySheetId);
    notifications.send(
        Notice.of(
            "notice.experience.triedToo",
            link(otherId),
            titleFor(other, caller),
            mine.getGroup().getName()),
        authorsInGroup(other),
        caller.memberId());
  }

  /** The sheets the caller writes, to link one of them to another ("we tried this too"). */
  @Transactional(TxType.SUPPORTS)
  public List<SheetRow> mine() {
    Caller caller = guard.requireSignedIn();
    if (caller.memberId() == null) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT s FROM ExperienceSheet s, Membership ms WHERE ms.group = s.group"
                + " AND ms.member.id = :m ORDER BY s.updatedAt DESC",
            ExperienceSheet.class)
        .setParameter("m", caller.memberId())
        .setMaxResults(100)
        .getResultList()
        .stream()
        .filter(s -> accessTo(s, caller).canWrite())
        .map(
            s ->
                new SheetRow(
                    s.getId(),
                    s.getTitle(),
                    s.getGroup().getName(),
                    null,
                    null,
                    s.getStatus(),
                    s.getConfidentiality(),
                    s.getPublishedNumber(),
                    s.isDemo()))
        .toList();
  }

  /** The coordinators' networks a sheet may be kept to. */
  @Transactional(TxType.SUPPORTS)
  public List<SheetEditing.Choice> networks() {
    guard.requireSignedIn();
    return em
        .createNamedQuery("CoordinationNetwork.all", CoordinationNetwork.class)
        .getResultList()
        .stream()
        .map(n -> new SheetEditing.Choice(n.getId(), n.getName()))
        .toList();
  }

  /** The thesaurus's concepts matching the text, for the themes' picker (at most 20). */
  @Transactional(TxType.SUPPORTS)
  public List<SheetEditing.Choice> searchThemes(String text, Locale locale) {
    guard.requireSignedIn();
    return thesaurus.search(text, locale).stream()
        .map(c -> new SheetEditing.Choice(c.id(), c.label()))
        .toList();
  }

  /** The observatory's territories matching the text (communes, neighbourhoods, contracts…). */
  @Transactional(TxType.SUPPORTS)
  public List<SheetEditing.Choice> searchTerritories(String text) {
    guard.requireSignedIn();
    return territories.searchTerritories(text).stream()
        .map(t -> new SheetEditing.Choice(t.id(), t.name()))
        .toList();
  }

  // --- helpers -----------------------------------------------------------------------------

  private List<Long> leadsOf(ExperienceSheet sheet) {
    return em.createNamedQuery("ExperienceSheet.leadIds", Long.class)
        .setParameter("groupId", sheet.getGroup().getId())
        .setParameter("role", org.cohesion.workspace.domain.GroupRole.LEAD)
        .getResultList();
  }

  /**
   * The authors still in the sheet's group: one who left it no longer reads the working copy, so is
   * not told about it either.
   */
  private List<Long> authorsInGroup(ExperienceSheet sheet) {
    Set<Long> authors = sheet.getAuthorIds();
    if (authors.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT ms.member.id FROM Membership ms WHERE ms.group.id = :g AND ms.member.id IN :a",
            Long.class)
        .setParameter("g", sheet.getGroup().getId())
        .setParameter("a", authors)
        .getResultList();
  }

  private String nameOf(Long memberId) {
    if (memberId == null) {
      return "";
    }
    Member m = em.find(Member.class, memberId);
    return m == null ? "" : m.getFullName();
  }

  static String link(long id) {
    return "/experience/sheet.xhtml?id=" + id;
  }

  private Instant now() {
    return clock.instant();
  }
}
