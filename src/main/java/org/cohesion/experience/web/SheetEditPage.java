package org.cohesion.experience.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.cohesion.experience.application.ExperienceSheets;
import org.cohesion.experience.application.PartConflictException;
import org.cohesion.experience.application.SheetEditing;
import org.cohesion.experience.application.SheetForm;
import org.cohesion.experience.domain.ExperienceSheet;
import org.cohesion.experience.domain.Funder;
import org.cohesion.experience.domain.Part;
import org.cohesion.experience.domain.SheetStatus;
import org.cohesion.experience.domain.TargetPublic;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.Messages;
import org.cohesion.platform.web.UserLocale;
import org.cohesion.platform.web.ViewParameters;

/**
 * {@code /experience/edit.xhtml?id=<sheet>}: the sheet's identity, means and results in one form,
 * and each written part saved on its own with the version it was read at. When someone else saved
 * the same part meanwhile, the writer's text stays in the editor and theirs is shown beside it: the
 * writer merges, saves again, and nothing is lost.
 */
@Named
@ViewScoped
public class SheetEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ExperienceSheets sheets;
  @Inject UserLocale userLocale;

  private String id;
  private long sheetId;
  private long groupId;
  private String groupName;
  private SheetStatus status;
  private String reviewComment;
  private SheetForm read;

  private String title;
  private final List<Choice> themes = new ArrayList<>();
  private Choice newTheme;
  private Choice territory;
  private TargetPublic audience;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private String projectOwner;
  private String partners;
  private String contact;
  private boolean withGrid;
  private BigDecimal budgetTotal;
  private final List<ShareRow> shares = new ArrayList<>();
  private String otherFunder;
  private final List<MomentRow> moments = new ArrayList<>();
  private final List<MeasureRow> measures = new ArrayList<>();
  private final List<PartEdit> parts = new ArrayList<>();

  public void load() {
    if (id == null) {
      ViewParameters.reapply();
    }
    sheetId = Ids.required(id);
    fill(sheets.editing(sheetId, userLocale.getLocale()));
  }

  private void fill(SheetEditing e) {
    groupId = e.groupId();
    groupName = e.groupName();
    status = e.status();
    reviewComment = e.reviewComment();
    read = e.form();
    SheetForm f = e.form();
    title = f.title();
    themes.clear();
    e.themeChoices().forEach(c -> themes.add(new Choice(c.id(), c.label())));
    territory =
        e.territory() == null ? null : new Choice(e.territory().id(), e.territory().label());
    audience = f.audience();
    periodStart = f.periodStart();
    periodEnd = f.periodEnd();
    projectOwner = f.projectOwner();
    partners = f.partners();
    contact = f.contact();
    withGrid = f.withGrid();
    budgetTotal = f.budgetTotal();
    Map<Funder, BigDecimal> amounts = new EnumMap<>(Funder.class);
    otherFunder = null;
    for (SheetForm.Share s : f.fundings()) {
      amounts.merge(s.funder(), s.amount(), BigDecimal::add);
      if (s.funder() == Funder.OTHER) {
        otherFunder = s.label();
      }
    }
    // One row per funder, in a fixed order: the page's inputs are typed (BigDecimal), not a map's.
    shares.clear();
    for (Funder funder : Funder.values()) {
      shares.add(new ShareRow(funder, amounts.get(funder)));
    }
    moments.clear();
    f.keyMoments().forEach(m -> moments.add(new MomentRow(m.date(), m.label())));
    measures.clear();
    f.indicators()
        .forEach(
            m -> {
              MeasureRow r = new MeasureRow();
              r.label = m.label();
              r.value = m.value();
              r.period = m.period();
              r.source = m.source();
              r.indicatorId = m.indicatorId();
              r.territoryId = m.territoryId();
              measures.add(r);
            });
    parts.clear();
    for (SheetEditing.PartDraft d : e.parts()) {
      parts.add(new PartEdit(d.part(), d.text(), d.version()));
    }
  }

  SheetForm form() {
    List<SheetForm.Share> given = new ArrayList<>();
    for (ShareRow row : shares) {
      if (row.amount != null) {
        given.add(
            new SheetForm.Share(
                row.funder, row.funder == Funder.OTHER ? otherFunder : null, row.amount));
      }
    }
    return new SheetForm(
        title,
        new LinkedHashSet<>(themes.stream().map(Choice::id).toList()),
        territory == null ? null : territory.id(),
        audience,
        periodStart,
        periodEnd,
        projectOwner,
        partners,
        contact,
        withGrid,
        budgetTotal,
        given,
        moments.stream()
            .filter(m -> m.date != null || (m.label != null && !m.label.isBlank()))
            .map(m -> new SheetForm.Moment(m.date, m.label))
            .toList(),
        measures.stream()
            .filter(
                m -> m.label != null && !m.label.isBlank() || m.value != null && !m.value.isBlank())
            .map(
                m ->
                    new SheetForm.Measure(
                        m.label, m.value, m.period, m.source, m.indicatorId, m.territoryId))
            .toList());
  }

  public void saveIdentity() {
    if (Refusals.attempt(() -> sheets.describe(sheetId, read, form()), "experience.saved")) {
      fill(sheets.editing(sheetId, userLocale.getLocale()));
    }
  }

  public void savePart(PartEdit edit) {
    try {
      ExperienceSheets.PartSave saved =
          sheets.savePart(sheetId, edit.part, edit.text, edit.version);
      edit.version = saved.version();
      edit.text = saved.text();
      edit.theirs = null;
      if (status == SheetStatus.PUBLISHED) {
        status = SheetStatus.DRAFT;
      }
      if (saved.merged()) {
        Messages.info("experience.part.merged", Messages.text(edit.part.labelKey()));
        return;
      }
      Messages.info("experience.part.saved", Messages.text(edit.part.labelKey()));
    } catch (PartConflictException conflict) {
      // Keep what this writer typed; show what won, and save over it only once they have merged.
      edit.theirs = conflict.theirs();
      edit.version = conflict.theirVersion();
      Messages.error("experience.part.conflict", Messages.text(edit.part.labelKey()));
    } catch (RuntimeException e) {
      Refusals.attempt(
          () -> {
            throw e;
          },
          null);
    }
  }

  public String submit() {
    return Refusals.attempt(() -> sheets.submit(sheetId), "experience.submitted")
        ? "/experience/sheet?faces-redirect=true&id=" + sheetId
        : null;
  }

  public void addMoment() {
    moments.add(new MomentRow(null, null));
  }

  public void removeMoment(MomentRow row) {
    moments.remove(row);
  }

  public void addMeasure() {
    measures.add(new MeasureRow());
  }

  public void removeMeasure(MeasureRow row) {
    measures.remove(row);
  }

  public List<Choice> completeTheme(String text) {
    return sheets.searchThemes(text, userLocale.getLocale()).stream()
        .map(c -> new Choice(c.id(), c.label()))
        .toList();
  }

  public List<Choice> completeTerritory(String text) {
    return sheets.searchTerritories(text).stream().map(c -> new Choice(c.id(), c.label())).toList();
  }

  public void addTheme() {
    if (newTheme != null && themes.stream().noneMatch(t -> t.id() == newTheme.id())) {
      themes.add(newTheme);
    }
    newTheme = null;
  }

  public void removeTheme(Choice theme) {
    themes.removeIf(t -> t.id() == theme.id());
  }

  /** The parts shown: the grid's only when the sheet carries it. */
  public List<PartEdit> getShownParts() {
    return parts.stream().filter(p -> withGrid || !p.part.grid()).toList();
  }

  public BigDecimal getUnfunded() {
    if (budgetTotal == null) {
      return null;
    }
    BigDecimal funded =
        shares.stream()
            .map(ShareRow::getAmount)
            .filter(a -> a != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return budgetTotal.subtract(funded);
  }

  public static class PartEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Part part;
    private String text;
    private int version;
    private String theirs;

    PartEdit(Part part, String text, int version) {
      this.part = part;
      this.text = text;
      this.version = version;
    }

    public Part getPart() {
      return part;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getTheirs() {
      return theirs;
    }

    public int getMaxLength() {
      return Part.MAX_LENGTH;
    }
  }

  public static class ShareRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Funder funder;
    private BigDecimal amount;

    ShareRow(Funder funder, BigDecimal amount) {
      this.funder = funder;
      this.amount = amount;
    }

    public Funder getFunder() {
      return funder;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  public static class MomentRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDate date;
    private String label;

    MomentRow(LocalDate date, String label) {
      this.date = date;
      this.label = label;
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }
  }

  public static class MeasureRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String label;
    private String value;
    private String period;
    private String source;
    private Long indicatorId;
    private Long territoryId;

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public String getPeriod() {
      return period;
    }

    public void setPeriod(String period) {
      this.period = period;
    }

    public String getSource() {
      return source;
    }

    public void setSource(String source) {
      this.source = source;
    }
  }

  public int getMaxTitle() {
    return ExperienceSheet.MAX_TITLE;
  }

  public TargetPublic[] getAudiences() {
    return TargetPublic.values();
  }

  public List<ShareRow> getShares() {
    return shares;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long getSheetId() {
    return sheetId;
  }

  public long getGroupId() {
    return groupId;
  }

  public String getGroupName() {
    return groupName;
  }

  public SheetStatus getStatus() {
    return status;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<Choice> getThemes() {
    return themes;
  }

  public Choice getNewTheme() {
    return newTheme;
  }

  public void setNewTheme(Choice newTheme) {
    this.newTheme = newTheme;
  }

  public Choice getTerritory() {
    return territory;
  }

  public void setTerritory(Choice territory) {
    this.territory = territory;
  }

  public TargetPublic getAudience() {
    return audience;
  }

  public void setAudience(TargetPublic audience) {
    this.audience = audience;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public String getProjectOwner() {
    return projectOwner;
  }

  public void setProjectOwner(String projectOwner) {
    this.projectOwner = projectOwner;
  }

  public String getPartners() {
    return partners;
  }

  public void setPartners(String partners) {
    this.partners = partners;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public boolean isWithGrid() {
    return withGrid;
  }

  public void setWithGrid(boolean withGrid) {
    this.withGrid = withGrid;
  }

  public BigDecimal getBudgetTotal() {
    return budgetTotal;
  }

  public void setBudgetTotal(BigDecimal budgetTotal) {
    this.budgetTotal = budgetTotal;
  }

  public String getOtherFunder() {
    return otherFunder;
  }

  public void setOtherFunder(String otherFunder) {
    this.otherFunder = otherFunder;
  }

  public List<MomentRow> getMoments() {
    return moments;
  }

  public List<MeasureRow> getMeasures() {
    return measures;
  }
}
