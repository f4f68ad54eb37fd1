package org.cohesion.tools.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cohesion.tools.infrastructure.FileStore;
import org.junit.jupiter.api.Test;

class FileStorageTest {

  @Test
  void mariaDbUnlessS3IsAskedFor() {
    assertEquals(FileStore.DATABASE, FileStorage.open(null, () -> null).location());
    assertEquals(FileStore.DATABASE, FileStorage.open("", () -> null).location());
    assertEquals(FileStore.DATABASE, FileStorage.open(" DB ", () -> null).location());
  }

  @Test
  void anUnknownStoreIsRefusedWithItsName() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> FileStorage.open("s4", () -> null));
    assertTrue(e.getMessage().contains("s4"), e.getMessage());
  }

  @Test
  void s3NeedsItsBucketAndKeys() {
    FileStorage storage = new FileStorage();
    storage.store = "s3";
    storage.endpoint = java.util.Optional.empty();
    storage.region = "us-east-1";
    storage.bucket = java.util.Optional.empty();
    storage.prefix = java.util.Optional.empty();
    storage.accessKey = java.util.Optional.of("a");
    storage.secretKey = java.util.Optional.of("b");
    IllegalStateException e = assertThrows(IllegalStateException.class, storage::open);
    assertTrue(e.getMessage().contains("cohesion.files.s3.bucket"), e.getMessage());
  }
}
