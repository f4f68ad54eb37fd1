package org.cohesion.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.domain.Account;
import org.cohesion.platform.web.PageModel;

/** Administration: the list of members and their accounts, searchable, a page at a time. */
@Named
@ViewScoped
public class MembersAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberAdministration administration;

  private String query;
  private PageModel<Account> accounts;

  @PostConstruct
  void init() {
    MemberAdministration service = administration;
    accounts = new PageModel<>((first, size) -> service.search(query, first, size));
  }

  public PageModel<Account> getAccounts() {
    return accounts;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
