package org.cohesion.tools.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.cohesion.platform.persistence.Database;
import org.cohesion.tools.infrastructure.FileStore;
import org.cohesion.tools.infrastructure.S3Store;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The document centre's file store, chosen by configuration only: MariaDB by default, an
 * S3-compatible bucket with {@code cohesion.files.store=s3} and the {@code cohesion.files.s3.*}
 * settings (docs/operations.md). Every node reads the same rows and, with S3, the same bucket.
 */
@ApplicationScoped
public class FileStorage {

  @Inject
  @ConfigProperty(name = "cohesion.files.store", defaultValue = "db")
  String store;

  @Inject
  @ConfigProperty(name = "cohesion.files.s3.endpoint")
  Optional<String> endpoint;

  @Inject
  @ConfigProperty(name = "cohesion.files.s3.region", defaultValue = "us-east-1")
  String region;

  @Inject
  @ConfigProperty(name = "cohesion.files.s3.bucket")
  Optional<String> bucket;

  @Inject
  @ConfigProperty(name = "cohesion.files.s3.prefix")
  Optional<String> prefix;

  @Inject
  @ConfigProperty(name = "cohesion.files.s3.access-key")
  Optional<String> accessKey;

  @Inject
  @ConfigProperty(name = "cohesion.files.s3.secret-key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "cohesion.files.s3.path-style", defaultValue = "true")
  boolean pathStyle;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private FileStore files;

  @PostConstruct
  void open() {
    files = open(store, this::s3Settings);
  }

  /** The store named by {@code cohesion.files.store} ({@code db} or {@code s3}). */
  static FileStore open(String store, java.util.function.Supplier<S3Store.Settings> s3) {
    switch (store == null ? "" : store.strip().toLowerCase(Locale.ROOT)) {
      case "", FileStore.DATABASE, "mariadb":
        return FileStore.database();
      case FileStore.S3:
        return FileStore.s3(new S3Store(s3.get()));
      default:
        throw new IllegalStateException(
            "cohesion.files.store must be db or s3, not « " + store + " »");
    }
  }

  private S3Store.Settings s3Settings() {
    return new S3Store.Settings(
        endpoint.filter(e -> !e.isBlank()).map(e -> URI.create(e.strip())).orElse(null),
        region.strip(),
        required(bucket, "cohesion.files.s3.bucket"),
        prefix.map(String::strip).orElse(""),
        required(accessKey, "cohesion.files.s3.access-key"),
        required(secretKey, "cohesion.files.s3.secret-key"),
        pathStyle);
  }

  private static String required(Optional<String> value, String name) {
    return value
        .filter(v -> !v.isBlank())
        .map(String::strip)
        .orElseThrow(
            () -> new IllegalStateException(name + " is required with cohesion.files.store=s3"));
  }

  /**
   * Opened at deployment: a wrong {@code cohesion.files.*} setting stops the start, with its name.
   */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    files();
  }

  @PreDestroy
  void close() {
    if (files != null) {
      files.close();
    }
  }

  public FileStore files() {
    return files;
  }

  /**
   * Deletes the bucket's objects that no stored file names (none in MariaDB mode), on a connection
   * of its own; answers how many.
   */
  public int deleteOrphans() throws SQLException, IOException {
    if (!FileStore.S3.equals(files.location())) {
      return 0;
    }
    try (Connection c = dataSource.getConnection()) {
      return files.deleteOrphans(c);
    }
  }
}
