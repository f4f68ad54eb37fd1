package org.cohesion.experience.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.experience.application.CatalogueFilter;
import org.cohesion.experience.application.ExperienceSheets;
import org.cohesion.experience.application.SheetExport;
import org.cohesion.experience.application.SheetRow;
import org.cohesion.experience.domain.TargetPublic;
import org.cohesion.platform.domain.Page;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.Messages;
import org.cohesion.platform.web.UserLocale;
import org.cohesion.platform.web.ViewParameters;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * {@code /experience/index.xhtml?group=<group id>} (or the old {@code g=}): a group's sheets and
 * the form that starts one; without it, the catalogue of published sheets by theme, territory, year
 * and public, read one page at a time (the filter is applied in the query, with the reader's
 * rights).
 */
@Named
@ViewScoped
public class ExperiencePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ExperienceSheets sheets;
  @Inject transient SheetExport export;
  @Inject UserLocale userLocale;

  private String group;
  private Long groupId;
  private transient List<SheetRow> groupRows;
  private String newTitle;
  private Choice theme;
  private Choice territory;
  private Integer year;
  private TargetPublic audience;
  private final Catalogue catalogue = new Catalogue();
  // Ticked sheets of the catalogue, kept across its pages; ids only, checked again on export.
  private final HashMap<Long, Boolean> selected = new HashMap<>();

  public void load() {
    if (group == null) {
      ViewParameters.reapply();
    }
    groupId = Ids.optional(group);
    groupRows = null;
    getGroupRows();
  }

  public List<SheetRow> getGroupRows() {
    if (groupId != null && groupRows == null) {
      groupRows = sheets.ofGroup(groupId);
    }
    return groupRows;
  }

  public String create() {
    return Refusals.result(() -> sheets.create(groupId, newTitle), null)
        .map(id -> "/experience/edit?faces-redirect=true&id=" + id)
        .orElse(null);
  }

  public List<Choice> completeTheme(String text) {
    return sheets.searchThemes(text, userLocale.getLocale()).stream()
        .map(c -> new Choice(c.id(), c.label()))
        .toList();
  }

  public List<Choice> completeTerritory(String text) {
    return sheets.searchTerritories(text).stream().map(c -> new Choice(c.id(), c.label())).toList();
  }

  public void clearFilters() {
    theme = null;
    territory = null;
    year = null;
    audience = null;
  }

  CatalogueFilter filter() {
    return new CatalogueFilter(
        theme == null ? null : theme.id(),
        territory == null ? null : territory.id(),
        year,
        audience);
  }

  /** The catalogue's pages, each asked of the service with the filters as they are now. */
  public class Catalogue extends LazyDataModel<SheetRow> {
    private static final long serialVersionUID = 1L;

    private ExperienceSheets service() {
      return CDI.current().select(ExperienceSheets.class).get();
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) service().catalogue(filter(), 0, 1).total();
    }

    @Override
    public List<SheetRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Page<SheetRow> page = service().catalogue(filter(), first, pageSize);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(SheetRow row) {
      return String.valueOf(row.id());
    }
  }

  public StreamedContent getSelectionPdf() {
    return download(SheetExport.Format.PDF);
  }

  public StreamedContent getSelectionOdt() {
    return download(SheetExport.Format.ODT);
  }

  private StreamedContent download(SheetExport.Format format) {
    List<Long> ids =
        selected.entrySet().stream()
            .filter(e -> Boolean.TRUE.equals(e.getValue()))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    return Refusals.result(() -> export.selection(ids, format, userLocale.getLocale()), null)
        .map(file -> SheetDownloads.of(file, "fiches-experience"))
        .orElse(null);
  }

  public Map<Long, Boolean> getSelected() {
    return selected;
  }

  public String statusLabel(SheetRow row) {
    return row.status() == null ? "" : Messages.text("experience.status." + row.status().name());
  }

  public Catalogue getCatalogue() {
    return catalogue;
  }

  public TargetPublic[] getAudiences() {
    return TargetPublic.values();
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public Long getGroupId() {
    return groupId;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public Choice getTheme() {
    return theme;
  }

  public void setTheme(Choice theme) {
    this.theme = theme;
  }

  public Choice getTerritory() {
    return territory;
  }

  public void setTerritory(Choice territory) {
    this.territory = territory;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public TargetPublic getAudience() {
    return audience;
  }

  public void setAudience(TargetPublic audience) {
    this.audience = audience;
  }
}
