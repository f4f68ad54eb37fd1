-- Search (docs/search.md): every change that search must know of, written in the transaction of the
-- change and applied by every node to its own index. Rows are pruned after two days; a node that
-- has not applied for a day rebuilds its index from the database instead.
CREATE TABLE search_outbox (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind        VARCHAR(40)  NOT NULL,
  entity_id   BIGINT       NOT NULL,
  -- Set by the database at the insert: a node re-reads the rows of the last minute, so that a row
  -- whose id became visible after a higher one (a later commit) is not skipped.
  created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_search_outbox_created ON search_outbox (created_at);

-- Names this database, so that an index kept on a node's disk is never resumed against another one
-- (a restored backup, a new schema): a different epoch means a rebuild.
CREATE TABLE search_epoch (
  id     TINYINT  PRIMARY KEY,
  epoch  CHAR(36) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO search_epoch (id, epoch) VALUES (1, UUID());
