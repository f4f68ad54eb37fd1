package org.cohesion.experience.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.experience.application.ExperienceSheets;
import org.cohesion.experience.application.SheetContent;
import org.cohesion.experience.domain.Funder;
import org.cohesion.experience.domain.Part;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.web.Ids;

/**
 * {@code /experience/compare.xhtml?ids=1,2[,3]}: two or three sheets side by side, part by part,
 * budgets aligned by funder. Each sheet is the version the caller may read; one they may not is a
 * 404, as on its own page.
 */
@Named
@RequestScoped
public class SheetComparePage {

  @Inject ExperienceSheets sheets;

  private String ids;
  private List<SheetContent> columns;

  public void load() {
    if (ids == null || ids.length() > 100) {
      throw new NotFoundException();
    }
    List<Long> list = new ArrayList<>();
    for (String s : ids.split(",")) {
      list.add(Ids.required(s.strip()));
    }
    columns = sheets.compare(list);
  }

  public List<SheetContent> getColumns() {
    return columns;
  }

  /** The parts any of the sheets has: the grid's when one of them carries it. */
  public List<Part> getParts() {
    boolean grid = columns.stream().anyMatch(SheetContent::withGrid);
    return Part.of(grid);
  }

  public Funder[] getFunders() {
    return Funder.values();
  }

  public BigDecimal funding(SheetContent c, Funder f) {
    return c.funding(f.name());
  }

  public String getIds() {
    return ids;
  }

  public void setIds(String ids) {
    this.ids = ids;
  }
}
