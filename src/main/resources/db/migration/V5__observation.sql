-- Observation: territorial units and their groupings, the indicator catalogue, observed values and
-- the import batches that brought them (see docs/observation.md).

CREATE TABLE territory (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  version            INT          NOT NULL DEFAULT 0,
  -- The official code where one exists (INSEE 972xx, QP972xxx, SIREN of an EPCI), else our own.
  code               VARCHAR(40)  NOT NULL,
  name               VARCHAR(160) NOT NULL,
  level              VARCHAR(20)  NOT NULL,
  -- Geography version of the code: COG2008, CUCS2007, ZUS1996, QP2015, QPV2025...
  geography          VARCHAR(20)  NULL,
  -- GeoJSON (a Feature or a geometry), drawn as it is on the map; schematic when drawn by hand.
  boundary           MEDIUMTEXT   NULL,
  boundary_schematic BOOLEAN      NOT NULL DEFAULT FALSE,
  demo               BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT uk_territory_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_territory_level ON territory (level, name);

-- Many-to-many: a neighbourhood belongs to its commune and to a CUCS site, a commune to its EPCI...
CREATE TABLE territory_grouping (
  child_id   BIGINT NOT NULL,
  parent_id  BIGINT NOT NULL,
  PRIMARY KEY (child_id, parent_id),
  CONSTRAINT fk_grouping_child FOREIGN KEY (child_id) REFERENCES territory (id) ON DELETE CASCADE,
  CONSTRAINT fk_grouping_parent FOREIGN KEY (parent_id) REFERENCES territory (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE INDEX ix_grouping_parent ON territory_grouping (parent_id, child_id);

CREATE TABLE indicator (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  version           INT          NOT NULL DEFAULT 0,
  code              VARCHAR(40)  NOT NULL,
  label_fr          VARCHAR(200) NOT NULL,
  label_en          VARCHAR(200) NOT NULL,
  unit              VARCHAR(20)  NOT NULL,
  definition        TEXT         NULL,
  source            VARCHAR(200) NULL,
  higher_is_better  BOOLEAN      NULL,
  theme             VARCHAR(60)  NULL,
  demo              BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT uk_indicator_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One uploaded file: staged (validated, waiting for confirmation, the file kept gzipped so that any
-- node can commit it), then committed in one transaction, or discarded.
CREATE TABLE import_batch (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  version         INT          NOT NULL DEFAULT 0,
  imported_by     BIGINT       NOT NULL,
  created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  committed_at    TIMESTAMP(3) NULL,
  file_name       VARCHAR(255) NOT NULL,
  file_bytes      BIGINT       NOT NULL DEFAULT 0,
  layout          VARCHAR(10)  NULL,
  source          VARCHAR(200) NULL,
  status          VARCHAR(20)  NOT NULL,
  rows_total      INT          NOT NULL DEFAULT 0,
  rows_added      INT          NOT NULL DEFAULT 0,
  rows_changed    INT          NOT NULL DEFAULT 0,
  rows_unchanged  INT          NOT NULL DEFAULT 0,
  problems        INT          NOT NULL DEFAULT 0,
  content         LONGBLOB     NULL,
  CONSTRAINT fk_batch_member FOREIGN KEY (imported_by) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_batch_created ON import_batch (created_at);

-- Progress of a running commit, written in short transactions of their own beside the commit's one
-- (a separate table, so they never wait for the commit's locks on import_batch). Any node reads it.
CREATE TABLE import_progress (
  batch_id    BIGINT       PRIMARY KEY,
  rows_done   INT          NOT NULL DEFAULT 0,
  rows_total  INT          NOT NULL DEFAULT 0,
  phase       VARCHAR(20)  NOT NULL,
  updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB;

-- A value per territory, indicator and period (quarter 0 = the whole year). NULL value with status
-- SUPPRESSED = statistical secret: shown "secret", never charted as zero.
CREATE TABLE observation (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  territory_id  BIGINT        NOT NULL,
  indicator_id  BIGINT        NOT NULL,
  year          SMALLINT      NOT NULL,
  quarter       TINYINT       NOT NULL DEFAULT 0,
  value         DECIMAL(18,4) NULL,
  status        VARCHAR(12)   NOT NULL,
  source        VARCHAR(200)  NULL,
  batch_id      BIGINT        NULL,
  demo          BOOLEAN       NOT NULL DEFAULT FALSE,
  -- The upsert key, and the territory dashboard's path: one territory's rows are contiguous.
  CONSTRAINT uk_observation UNIQUE (territory_id, indicator_id, year, quarter),
  CONSTRAINT fk_observation_territory FOREIGN KEY (territory_id) REFERENCES territory (id) ON DELETE CASCADE,
  CONSTRAINT fk_observation_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
  CONSTRAINT fk_observation_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id) ON DELETE SET NULL
) ENGINE=InnoDB;

-- The ranking's path (one indicator, one period, every territory), covering: no row lookups.
CREATE INDEX ix_observation_ranking ON observation (indicator_id, year, quarter, territory_id, value, status);
CREATE INDEX ix_observation_batch ON observation (batch_id);

-- What a working group pins on its page.
CREATE TABLE group_pinned_indicator (
  group_id      BIGINT NOT NULL,
  indicator_id  BIGINT NOT NULL,
  PRIMARY KEY (group_id, indicator_id),
  CONSTRAINT fk_pin_ind_group FOREIGN KEY (group_id) REFERENCES working_group (id) ON DELETE CASCADE,
  CONSTRAINT fk_pin_ind_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE group_pinned_territory (
  group_id      BIGINT NOT NULL,
  territory_id  BIGINT NOT NULL,
  PRIMARY KEY (group_id, territory_id),
  CONSTRAINT fk_pin_ter_group FOREIGN KEY (group_id) REFERENCES working_group (id) ON DELETE CASCADE,
  CONSTRAINT fk_pin_ter_territory FOREIGN KEY (territory_id) REFERENCES territory (id) ON DELETE CASCADE
) ENGINE=InnoDB;
