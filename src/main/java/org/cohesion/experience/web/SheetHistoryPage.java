package org.cohesion.experience.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cohesion.experience.application.ExperienceSheets;
import org.cohesion.experience.domain.Part;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.Messages;

/** {@code /experience/history.xhtml?id=<sheet>&part=<PART>}: every saved text of one part. */
@Named
@RequestScoped
public class SheetHistoryPage {

  @Inject ExperienceSheets sheets;

  private String id;
  private String part;
  private Part which;
  private List<ExperienceSheets.PartHistory> revisions;

  public void load() {
    long sheetId = Ids.required(id);
    try {
      which = Part.valueOf(part == null ? "" : part);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
    revisions = sheets.history(sheetId, which);
  }

  public String getPartLabel() {
    return Messages.text(which.labelKey());
  }

  public List<ExperienceSheets.PartHistory> getRevisions() {
    return revisions;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPart() {
    return part;
  }

  public void setPart(String part) {
    this.part = part;
  }
}
