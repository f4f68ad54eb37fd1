package org.cohesion.tools.domain;

import java.util.IllformedLocaleException;
import java.util.Locale;
import org.cohesion.platform.domain.DomainException;

/** Language tags of labels and documents: well-formed BCP 47 tags, kept in lower case. */
public final class Languages {
  private Languages() {}

  /** The tag, checked and lower-cased; a malformed one is refused with a message. */
  public static String require(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 8) {
      throw new DomainException("concept.badLanguage", String.valueOf(tag));
    }
    try {
      return new Locale.Builder()
          .setLanguageTag(tag.strip())
          .build()
          .toLanguageTag()
          .toLowerCase(Locale.ROOT);
    } catch (IllformedLocaleException e) {
      throw new DomainException("concept.badLanguage", tag);
    }
  }

  public static boolean isWellFormed(String tag) {
    try {
      require(tag);
      return true;
    } catch (DomainException e) {
      return false;
    }
  }
}
