package org.cohesion.network.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.MemberForm;
import org.cohesion.network.domain.Account;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.ViewParameters;

/**
 * Administration of one member: create or edit the person, their roles and themes, and act on the
 * account (activate, deactivate, reset the password). A generated password is shown once.
 */
@Named
@ViewScoped
public class MemberEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberAdministration administration;

  private String idParameter;
  private Long id;
  private MemberForm form;
  private String login;
  private boolean active;
  private List<PlatformRole> roles = new ArrayList<>(List.of(PlatformRole.MEMBER));
  private List<Long> themeIds = new ArrayList<>();
  private String oneTimePassword;

  public void load() {
    ViewParameters.reapply();
    id = org.cohesion.platform.web.Ids.optional(idParameter);
    reload();
  }

  private void reload() {
    if (id == null) {
      form = new MemberForm();
      return;
    }
    Account account = administration.load(id);
    form = MemberForm.of(account.getMember());
    login = account.getLogin();
    active = account.isActive();
    roles = new ArrayList<>(account.getRoles());
    themeIds = new ArrayList<>(account.getMember().getThemes().stream().map(Theme::getId).toList());
  }

  public boolean isNew() {
    return id == null;
  }

  public String save() {
    EnumSet<PlatformRole> chosen = EnumSet.of(PlatformRole.MEMBER);
    chosen.addAll(roles);
    LinkedHashSet<Long> themes = new LinkedHashSet<>(themeIds);
    if (isNew()) {
      Optional<MemberAdministration.NewAccount> created =
          Actions.result(
              () -> administration.create(form, login, chosen, themes), "member.created");
      if (created.isPresent()) {
        oneTimePassword = created.get().oneTimePassword();
        id = created.get().memberId();
        reload();
      }
      return null;
    }
    if (Actions.attempt(() -> administration.update(form, chosen, themes), "member.saved")) {
      reload();
    }
    return null;
  }

  public void deactivate() {
    if (Actions.attempt(() -> administration.deactivate(id), "account.deactivated")) {
      reload();
    }
  }

  public void activate() {
    if (Actions.attempt(() -> administration.activate(id), "account.activated")) {
      reload();
    }
  }

  public void resetPassword() {
    Actions.result(() -> administration.resetPassword(id), "account.passwordReset")
        .ifPresent(password -> oneTimePassword = password);
  }

  public List<Theme> getThemes() {
    return administration.themes();
  }

  public PlatformRole[] getAllRoles() {
    return PlatformRole.values();
  }

  public Long getId() {
    return id;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public MemberForm getForm() {
    if (form == null) {
      // A fresh instance (see ViewParameters).
      load();
    }
    return form;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public boolean isActive() {
    return active;
  }

  public List<PlatformRole> getRoles() {
    return roles;
  }

  public void setRoles(List<PlatformRole> roles) {
    this.roles = roles;
  }

  public List<Long> getThemeIds() {
    return themeIds;
  }

  public void setThemeIds(List<Long> themeIds) {
    this.themeIds = themeIds;
  }

  public String getOneTimePassword() {
    return oneTimePassword;
  }
}
