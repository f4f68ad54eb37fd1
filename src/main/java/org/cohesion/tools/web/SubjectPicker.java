package org.cohesion.tools.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.UserLocale;
import org.cohesion.tools.application.Thesaurus;

/** The concept picker of the document forms: at most 20 concepts matching what was typed. */
@Named
@RequestScoped
public class SubjectPicker {

  @Inject Thesaurus thesaurus;
  @Inject UserLocale locale;

  public List<Choice> complete(String text) {
    return thesaurus.search(text, locale.getLocale()).stream()
        .map(c -> new Choice(c.id(), c.label()))
        .toList();
  }
}
