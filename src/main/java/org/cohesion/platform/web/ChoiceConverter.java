package org.cohesion.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A {@link Choice} as an autocomplete carries it: {@code id|label}. Only the id matters to the
 * server (every service checks the caller's right on it); the label lets the field show the chosen
 * name again after a refused submission. It needs no list of the last suggestions: OmniFaces'
 * ListConverter evaluates its list while the view is being restored, before the view-scoped bean
 * that holds the suggestions is attached, so it found nothing and the submitted text reached the
 * bean unconverted (a server error on "add a member").
 */
@FacesConverter("cohesion.Choice")
public class ChoiceConverter implements Converter<Choice> {

  @Override
  public Choice getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int bar = value.indexOf('|');
    String id = bar < 0 ? value : value.substring(0, bar);
    // Ids are short digit strings (Ids caps them at 24 characters).
    if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
      throw new ConverterException(
          new jakarta.faces.application.FacesMessage(
              jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
              Messages.text("field.unknownChoice"),
              null));
    }
    return new Choice(Long.parseLong(id), bar < 0 ? "" : value.substring(bar + 1));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Choice value) {
    return value == null ? "" : value.id() + "|" + value.label();
  }
}
