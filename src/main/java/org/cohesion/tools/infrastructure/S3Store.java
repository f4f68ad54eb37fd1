package org.cohesion.tools.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in an S3-compatible object store: one object per content, its key the prefix and the
 * content's SHA-256, written once (a HEAD first: the same content twice is one object). The JDK's
 * HTTP client under the SDK (no Netty, no Apache client); checksums only where the service requires
 * them, as S3-compatible servers do not all speak the SDK's newer trailing checksums.
 */
public final class S3Store implements AutoCloseable {

  /** Where the objects are, from the {@code cohesion.files.s3.*} settings. */
  public record Settings(
      URI endpoint,
      String region,
      String bucket,
      String prefix,
      String accessKey,
      String secretKey,
      boolean pathStyle) {}

  /**
   * The object of a stored file cannot be opened: not in the bucket, or the bucket cannot be read
   * (no such bucket, no right, no answer). Thrown before any byte is written.
   */
  public static final class MissingObjectException extends IOException {
    private static final long serialVersionUID = 1L;

    MissingObjectException(String message) {
      super(message);
    }
  }

  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  public S3Store(Settings settings) {
    this.bucket = settings.bucket();
    this.prefix = settings.prefix() == null ? "" : settings.prefix();
    var builder =
        S3Client.builder()
            .httpClient(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(10))
                    .socketTimeout(Duration.ofSeconds(60))
                    .build())
            .region(Region.of(settings.region()))
            .forcePathStyle(settings.pathStyle())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
    if (settings.endpoint() != null) {
      builder.endpointOverride(settings.endpoint());
    }
    this.s3 = builder.build();
  }

  /** The object's key: the prefix and the SHA-256. */
  public String key(String sha) {
    return prefix + sha;
  }

  /** Whether the bucket holds this content. */
  public boolean exists(String sha) throws IOException {
    try {
      s3.headObject(b -> b.bucket(bucket).key(key(sha)));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw new IOException("S3 HEAD " + key(sha) + " failed: " + e.getMessage(), e);
    } catch (SdkException e) {
      throw new IOException("S3 HEAD " + key(sha) + " failed: " + e.getMessage(), e);
    }
  }

  /** Writes the content's object unless the bucket already holds it; answers whether it wrote. */
  public boolean putOnce(String sha, byte[] content) throws IOException {
    if (exists(sha)) {
      return false;
    }
    try {
      s3.putObject(
          b -> b.bucket(bucket).key(key(sha)).contentLength((long) content.length),
          RequestBody.fromBytes(content));
      return true;
    } catch (SdkException e) {
      throw new IOException("S3 PUT " + key(sha) + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Streams the object to {@code out} (the SDK's stream, copied buffer by buffer: never the whole
   * file in memory). The object is opened before any byte is written, so a missing one fails before
   * the answer has started.
   */
  public long copy(String sha, OutputStream out) throws IOException {
    ResponseInputStream<GetObjectResponse> in;
    try {
      in = s3.getObject(b -> b.bucket(bucket).key(key(sha)));
    } catch (NoSuchKeyException e) {
      throw new MissingObjectException("No object " + key(sha) + " in bucket " + bucket);
    } catch (SdkException e) {
      // No bucket, no right, no answer: nothing was sent yet, the reader is told it is unavailable.
      throw new MissingObjectException(
          "S3 GET " + key(sha) + " in bucket " + bucket + " failed: " + e.getMessage());
    }
    try (InputStream body = in) {
      return body.transferTo(out);
    } catch (SdkException e) {
      throw new IOException("S3 GET " + key(sha) + " broke off: " + e.getMessage(), e);
    }
  }

  /** The SHA-256 of every object under the prefix. */
  public List<String> contents() throws IOException {
    List<String> shas = new ArrayList<>();
    try {
      for (S3Object o :
          s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
        String sha = o.key().substring(prefix.length());
        if (sha.matches("[0-9a-f]{64}")) {
          shas.add(sha);
        }
      }
    } catch (SdkException e) {
      throw new IOException("S3 LIST " + bucket + " failed: " + e.getMessage(), e);
    }
    return shas;
  }

  /** Deletes the content's object (absent already: nothing to do). */
  public void delete(String sha) throws IOException {
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(key(sha)));
    } catch (SdkException e) {
      throw new IOException("S3 DELETE " + key(sha) + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    s3.close();
  }
}
