package org.cohesion.platform.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/**
 * Bean Validation in the services, whatever page or client called them. The first broken constraint
 * becomes a {@link DomainException} whose key is the constraint's message template
 * ("{member.email.invalid}" gives "member.email.invalid"), so it is said in the user's language.
 */
public final class Constraints {

  private Constraints() {}

  public static <T> T check(Validator validator, T object) {
    Set<ConstraintViolation<T>> violations = validator.validate(object);
    violations.stream()
        .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .ifPresent(
            v -> {
              String template = v.getMessageTemplate();
              String key =
                  template.startsWith("{") && template.endsWith("}")
                      ? template.substring(1, template.length() - 1)
                      : "error.invalid";
              throw new DomainException(key);
            });
    return object;
  }
}
