package org.cohesion.tools.domain;

import java.io.Serializable;

/**
 * A file accepted by {@link FileInspector} and written to the store: its content's SHA-256, a safe
 * name, the type read from its content, its size, what {@link TextExtractor} found in it, and
 * whether it waits in quarantine for a virus scan.
 */
public record StoredFile(
    String sha256,
    String fileName,
    String mediaType,
    long size,
    String text,
    byte[] previewPng,
    boolean quarantined)
    implements Serializable {}
