package org.cohesion.platform.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/**
 * Bean Validation in the services, whatever page or client called them. The first broken constraint
 * becomes a {@link DomainException} whose key is the constraint's message template
 * ("{member.email.invalid}" gives "member.email.invalid"), so it is said in the user's language. A
 * list's limit is the message's one argument ("at most {0} points"); other messages take none, so
 * that their apostrophes are not read as MessageFormat quotes.
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
              Object max = v.getConstraintDescriptor().getAttributes().get("max");
              if (v.getInvalidValue() instanceof java.util.Collection<?> && max != null) {
                throw new DomainException(key, max);
              }
              throw new DomainException(key);
            });
    return object;
  }
}
