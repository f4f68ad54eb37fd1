package org.cohesion.platform.persistence;

/**
 * MariaDB could not be reached. Raised in place of the driver's or the pool's own exception when a
 * Faces Ajax request fails for that reason, so that web.xml maps it to the « service temporarily
 * unavailable » page, which OmniFaces then renders into the partial response.
 */
public class DatabaseUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException() {
    // No cause kept: the page needs none, and the log has the one line written where it was seen.
    super("The database cannot be reached", null, false, false);
  }
}
