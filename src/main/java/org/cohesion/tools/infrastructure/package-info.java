/**
 * The file store: {@code BlobStore} writes a file's bytes in 1 MiB chunks addressed by their
 * SHA-256 and streams them back, over plain JDBC on the transaction's connection. Used by the
 * services only. May use java.sql and platform only.
 */
package org.cohesion.tools.infrastructure;
