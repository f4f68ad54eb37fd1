package org.cohesion.tools.application;

/**
 * A download the service has allowed (and counted): what the servlet writes in the headers, and the
 * address of the bytes, which only {@link Documents#send} reads. Made by the service only.
 */
public final class Download {
  private final String fileName;
  private final String mediaType;
  private final long size;
  private final String sha256;

  Download(String fileName, String mediaType, long size, String sha256) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  String sha256() {
    return sha256;
  }
}
