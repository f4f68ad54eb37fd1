package org.cohesion.platform.web;

import java.io.Serial;

/**
 * A request parameter that cannot be read (too long, or not of its form). Answered with 400 and the
 * bad-request page, never with the server-error page: the fault is the request's, not the server's.
 */
public class BadRequestException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public BadRequestException(String parameter) {
    super("unreadable request parameter: " + parameter);
  }
}
