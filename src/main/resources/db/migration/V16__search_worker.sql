-- Search in OpenSearch mode (docs/search.md): the index is shared by every node, so the outbox is
-- applied by one node at a time. The worker holds this row's lock (SELECT … FOR UPDATE SKIP
-- LOCKED) for the length of a pass, the other nodes skip it; the row keeps where the shared index
-- is (the highest outbox id applied, null = never built) for whichever node works next. The
-- Lucene mode does not use it: each node keeps its own mark beside its own index.
CREATE TABLE search_worker (
  id          TINYINT      PRIMARY KEY,
  mark        BIGINT       NULL,
  applied_at  TIMESTAMP(6) NULL,
  holder      VARCHAR(100) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO search_worker (id) VALUES (1);
