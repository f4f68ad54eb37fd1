package org.cohesion.experience.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import org.cohesion.experience.application.CoordinationNetworks;
import org.cohesion.experience.application.SheetEditing;
import org.cohesion.platform.web.Messages;

/**
 * {@code /admin/networks.xhtml}: the staff keep the coordinators' networks (create, rename, add and
 * remove groups, delete one that keeps no sheet). Every action goes through the service, which
 * checks the caller is staff.
 */
@Named
@ViewScoped
public class NetworksAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CoordinationNetworks networks;

  private transient List<CoordinationNetworks.NetworkRow> rows;
  private transient List<SheetEditing.Choice> groups;
  private String newName;
  // What is typed or chosen on each network's card, by network id: ids and short texts only.
  private final HashMap<Long, String> names = new HashMap<>();
  private final HashMap<Long, Long> additions = new HashMap<>();

  public void load() {
    reread();
  }

  private void reread() {
    rows = networks.all();
    names.clear();
    additions.clear();
    rows.forEach(r -> names.put(r.id(), r.name()));
  }

  public List<CoordinationNetworks.NetworkRow> getRows() {
    if (rows == null) {
      reread();
    }
    return rows;
  }

  public List<SheetEditing.Choice> getGroups() {
    if (groups == null) {
      groups = networks.groups();
    }
    return groups;
  }

  public void create() {
    if (Refusals.attempt(() -> networks.create(newName), "experience.network.created")) {
      newName = null;
    }
    reread();
  }

  public void rename(long id) {
    String name = names.get(id);
    Refusals.attempt(() -> networks.rename(id, name), "experience.network.renamed");
    reread();
  }

  public void include(long id) {
    Long group = additions.get(id);
    if (group == null) {
      Messages.error("experience.network.chooseGroup");
      return;
    }
    Refusals.attempt(() -> networks.include(id, group), "experience.network.included");
    reread();
  }

  public void exclude(long id, long groupId) {
    Refusals.attempt(() -> networks.exclude(id, groupId), "experience.network.excluded");
    reread();
  }

  public void delete(long id) {
    Refusals.attempt(() -> networks.delete(id), "experience.network.deleted");
    reread();
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public HashMap<Long, String> getNames() {
    return names;
  }

  public HashMap<Long, Long> getAdditions() {
    return additions;
  }
}
