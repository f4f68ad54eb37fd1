package org.cohesion.workspace.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The administrator's list of groups (admin/groups.xhtml): the same directory as {@link
 * GroupsPage}, which shows an administrator every group; its page adds the slug and the edit link.
 */
@Named
@ViewScoped
public class GroupsAdminPage extends GroupsPage {
  private static final long serialVersionUID = 1L;
}
