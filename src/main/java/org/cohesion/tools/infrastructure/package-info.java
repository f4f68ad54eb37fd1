/**
 * The file store: {@code BlobStore} writes a file's bytes in 1 MiB chunks addressed by their
 * SHA-256 and streams them back, over plain JDBC on the transaction's connection; {@code S3Store}
 * keeps them as objects of an S3-compatible bucket (AWS SDK v2) under the same address; {@code
 * FileStore} chooses between them by the {@code stored_blob} row. Used by the services only. May
 * use java.sql, the AWS SDK and platform only.
 */
package org.cohesion.tools.infrastructure;
