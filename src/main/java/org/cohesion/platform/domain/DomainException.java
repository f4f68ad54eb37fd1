package org.cohesion.platform.domain;

import java.io.Serial;
import java.util.Arrays;

/**
 * A rule of the domain was broken. It carries a message key of the resource bundles (and its
 * arguments), never a sentence, so that the web layer can say it in the user's language.
 */
public class DomainException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final Object[] arguments;

  public DomainException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + messageKey + Arrays.toString(arguments) + "]";
  }
}
