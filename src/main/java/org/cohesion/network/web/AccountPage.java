package org.cohesion.network.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cohesion.network.application.AccountSettings;
import org.cohesion.platform.security.PasswordChangeFilter;
import org.cohesion.platform.security.PasswordPolicy;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.UserLocale;

/** "Mon compte": change one's password and language. */
@Named
@RequestScoped
public class AccountPage {

  @Inject AccountSettings settings;
  @Inject UserLocale userLocale;

  private String currentPassword;
  private String newPassword;
  private String confirmation;
  private String language;

  public String changePassword() {
    boolean done =
        Actions.attempt(
            () -> settings.changePassword(currentPassword, newPassword, confirmation),
            "password.changed");
    currentPassword = null;
    newPassword = null;
    confirmation = null;
    if (done) {
      // The session may now go anywhere (see PasswordChangeFilter).
      PasswordChangeFilter.markSession(false);
    }
    return done ? "/account?faces-redirect=true" : null;
  }

  public String changeLanguage() {
    String chosen = language == null ? userLocale.getLanguage() : language;
    Actions.attempt(() -> settings.changeLanguage(chosen), "account.languageSaved");
    userLocale.use(chosen);
    return "/account?faces-redirect=true";
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public String getLanguage() {
    return language == null ? userLocale.getLanguage() : language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
