package org.cohesion.tools.application;

import java.io.IOException;

/**
 * A stored file's bytes cannot be read (its S3 object is missing, or the store does not answer):
 * the download is refused with a page saying so, before any byte is sent.
 */
public class FileUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  public FileUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
