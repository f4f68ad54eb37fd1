package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.UUID;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.ThemeAdministration;
import org.cohesion.network.application.ThemeForm;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

/** The managed list of themes. */
class ThemeAdministrationIT extends ServerTestBase {

  @Inject ThemeAdministration themes;
  @Inject MemberAdministration members;

  private Theme find(String labelFr) {
    return users.as("jvalcin", () -> themes.all()).stream()
        .filter(t -> t.getLabelFr().equals(labelFr))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAdministratorAddsRetiresAndRestoresATheme() {
    String label = "Santé mentale " + UUID.randomUUID().toString().substring(0, 6);
    users.as("jvalcin", () -> themes.add(ThemeForm.labelled(label, "Mental health")));
    Theme theme = find(label);
    assertTrue(members.themes().stream().anyMatch(t -> t.getId().equals(theme.getId())));

    DomainException twice =
        assertThrows(
            DomainException.class,
            () -> users.as("jvalcin", () -> themes.add(ThemeForm.labelled(label, ""))));
    assertEquals("theme.taken", twice.messageKey());
    DomainException blank =
        assertThrows(
            DomainException.class,
            () -> users.as("jvalcin", () -> themes.add(ThemeForm.labelled("  ", "x"))));
    assertEquals("theme.label.required", blank.messageKey());

    users.as("jvalcin", () -> themes.setActive(theme.getId(), false));
    assertFalse(members.themes().stream().anyMatch(t -> t.getId().equals(theme.getId())));
    users.as("jvalcin", () -> themes.setActive(theme.getId(), true));
    users.as("jvalcin", () -> themes.rename(renamed(theme, label + " !", "Mental health!")));
    assertEquals("Mental health!", find(label + " !").getLabelEn());
  }

  @Test
  void nobodyElseManagesThemes() {
    assertThrows(
        AccessDeniedException.class,
        () -> users.as("plordinot", () -> themes.add(ThemeForm.labelled("Logement", ""))));
    assertThrows(AccessDeniedException.class, () -> users.as("manselme", () -> themes.all()));
  }

  private static ThemeForm renamed(Theme theme, String labelFr, String labelEn) {
    ThemeForm form = ThemeForm.of(theme);
    form.setLabelFr(labelFr);
    form.setLabelEn(labelEn);
    return form;
  }
}
