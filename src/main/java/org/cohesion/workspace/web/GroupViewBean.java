package org.cohesion.workspace.web;

import java.io.Serializable;
import java.util.List;
import org.cohesion.platform.web.ViewParameters;
import org.cohesion.workspace.application.GroupPageView;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.JoinRequest;
import org.cohesion.workspace.domain.Membership;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * What a group's page and its management page share: the group named in the URL ({@code id}, or
 * {@code g} in links sent before issue 11), read in one view record per request, and the member
 * list's pager ({@code mp}, {@link #MEMBERS_PAGE} people at a time).
 */
public abstract class GroupViewBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many members the page lists at a time. */
  public static final int MEMBERS_PAGE = 20;

  private String slug;
  private Long groupId;
  private int membersPage = 1;
  // What is read from the database stays out of the serialised view state: only ids and form
  // fields travel with the session. After a fail-over to another node these are read again.
  private transient GroupPageView view;

  /** The page's one read, by the slug of the URL. */
  protected abstract GroupPageView read(String slug);

  /** The page's one read again, by the group's id, after an action or a fail-over. */
  protected abstract GroupPageView read(long groupId);

  /**
   * Called with the page's first read and the read after each action, for the form fields that
   * start from what was read. Not called when the bean reads the group again because it lost the
   * read (a fail-over): the form fields then hold what the person typed, carried with the view.
   */
  protected void shown(GroupPageView read) {}

  /** Loads the group named in the URL; unknown or hidden groups answer 404. */
  public void load() {
    ViewParameters.reapply();
    show(read(slug));
  }

  /**
   * Reads the group again when this bean lost it: after a fail-over to another node (the loaded
   * fields are transient), or when this is a fresh instance (see {@link ViewParameters}).
   */
  protected GroupPageView view() {
    if (view == null) {
      if (groupId != null) {
        view = read(groupId);
      } else {
        load();
      }
    }
    return view;
  }

  protected void refresh() {
    show(read(groupId));
  }

  private void show(GroupPageView read) {
    view = read;
    groupId = read.group().getId();
    shown(read);
  }

  protected long id() {
    return groupId;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public WorkingGroup getGroup() {
    return view().group();
  }

  public GroupAccess getAccess() {
    return view().access();
  }

  public List<Membership> getMembers() {
    return view().members();
  }

  public List<JoinRequest> getRequests() {
    return view().requests();
  }

  /** The page of the member list asked for (the parameter mp, from 1; anything else is page 1). */
  public int getMembersPage() {
    return Math.min(membersPage, getMembersPages());
  }

  public String getMembersPageParam() {
    return membersPage == 1 ? null : Integer.toString(membersPage);
  }

  public void setMembersPageParam(String page) {
    try {
      membersPage = page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException notANumber) {
      membersPage = 1;
    }
  }

  public int getMembersPages() {
    return Math.max(1, (getMembers().size() + MEMBERS_PAGE - 1) / MEMBERS_PAGE);
  }

  /**
   * The members on this page. A sub-list rather than ui:repeat's offset and size: Mojarra reads
   * size as an end index and refuses a last page shorter than its offset ("Iteration start index is
   * greater than the end index").
   */
  public List<Membership> getMembersOnPage() {
    List<Membership> all = getMembers();
    int first = (getMembersPage() - 1) * MEMBERS_PAGE;
    return all.subList(first, Math.min(all.size(), first + MEMBERS_PAGE));
  }
}
