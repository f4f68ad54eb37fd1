package org.cohesion.platform.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable URL keys: "Prévention de la délinquance" becomes "prevention-de-la-delinquance". */
public final class Slugs {
  /** The shape of a slug, for {@code @Pattern} and for the checks here. */
  public static final String REGEX = "[a-z0-9]+(-[a-z0-9]+)*";

  public static final Pattern VALID = Pattern.compile(REGEX);
  public static final int MAX_LENGTH = 80;

  private Slugs() {}

  public static String of(String text) {
    String ascii =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
            .replace("œ", "oe")
            .replace("Œ", "oe")
            .replace("æ", "ae")
            .replaceAll("\\p{M}", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug;
  }

  public static boolean isValid(String slug) {
    return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
  }
}
