-- Experience sheets (issue 13, org.cohesion.experience): practice written once in a group, reviewed
-- by its leads or the centre's staff, published with a confidentiality, found and reused across the
-- network. Every published version is kept as a snapshot that stays readable.

-- A named network of groups (« réseau des coordonnateurs »), run by staff: a sheet can be kept to it.
CREATE TABLE coordination_network (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  version     INT          NOT NULL DEFAULT 0,
  name        VARCHAR(160) NOT NULL,
  CONSTRAINT uk_coordination_network_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE coordination_network_group (
  network_id  BIGINT NOT NULL,
  group_id    BIGINT NOT NULL,
  PRIMARY KEY (network_id, group_id),
  KEY ix_cng_group (group_id),
  CONSTRAINT fk_cng_network FOREIGN KEY (network_id) REFERENCES coordination_network (id) ON DELETE CASCADE,
  CONSTRAINT fk_cng_group FOREIGN KEY (group_id) REFERENCES working_group (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE experience_sheet (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  version           INT            NOT NULL DEFAULT 0,
  group_id          BIGINT         NOT NULL,
  status            VARCHAR(16)    NOT NULL,
  confidentiality   VARCHAR(16)    NOT NULL,
  network_id        BIGINT,
  title             VARCHAR(200)   NOT NULL,
  territory_id      BIGINT,
  audience          VARCHAR(24),
  period_start      DATE,
  period_end        DATE,
  project_owner     VARCHAR(200),
  partners          VARCHAR(1000),
  contact           VARCHAR(200),
  budget_total      DECIMAL(14,2),
  with_grid         BOOLEAN        NOT NULL DEFAULT FALSE,
  -- Number of the latest publication, 0 before the first.
  published_number  INT            NOT NULL DEFAULT 0,
  review_comment    VARCHAR(4000),
  demo              BOOLEAN        NOT NULL DEFAULT FALSE,
  created_by        BIGINT         NOT NULL,
  created_at        TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at        TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_sheet_group (group_id),
  CONSTRAINT fk_sheet_group FOREIGN KEY (group_id) REFERENCES working_group (id),
  CONSTRAINT fk_sheet_network FOREIGN KEY (network_id) REFERENCES coordination_network (id),
  CONSTRAINT fk_sheet_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
  CONSTRAINT fk_sheet_creator FOREIGN KEY (created_by) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE experience_sheet_theme (
  sheet_id    BIGINT NOT NULL,
  concept_id  BIGINT NOT NULL,
  PRIMARY KEY (sheet_id, concept_id),
  CONSTRAINT fk_est_sheet FOREIGN KEY (sheet_id) REFERENCES experience_sheet (id) ON DELETE CASCADE,
  CONSTRAINT fk_est_concept FOREIGN KEY (concept_id) REFERENCES concept (id)
) ENGINE=InnoDB;

CREATE TABLE experience_sheet_author (
  sheet_id   BIGINT NOT NULL,
  member_id  BIGINT NOT NULL,
  PRIMARY KEY (sheet_id, member_id),
  CONSTRAINT fk_esa_sheet FOREIGN KEY (sheet_id) REFERENCES experience_sheet (id) ON DELETE CASCADE,
  CONSTRAINT fk_esa_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;

CREATE TABLE experience_funding (
  sheet_id  BIGINT        NOT NULL,
  seq       INT           NOT NULL,
  funder    VARCHAR(16)   NOT NULL,
  label     VARCHAR(160),
  amount    DECIMAL(14,2) NOT NULL,
  PRIMARY KEY (sheet_id, seq),
  CONSTRAINT fk_ef_sheet FOREIGN KEY (sheet_id) REFERENCES experience_sheet (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE experience_key_moment (
  sheet_id  BIGINT       NOT NULL,
  seq       INT          NOT NULL,
  on_date   DATE         NOT NULL,
  label     VARCHAR(300) NOT NULL,
  PRIMARY KEY (sheet_id, seq),
  CONSTRAINT fk_ekm_sheet FOREIGN KEY (sheet_id) REFERENCES experience_sheet (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A result's indicator, optionally linked to one of the observatory's indicators and territories.
CREATE TABLE experience_indicator (
  sheet_id      BIGINT       NOT NULL,
  seq           INT          NOT NULL,
  label         VARCHAR(200) NOT NULL,
  value         VARCHAR(60)  NOT NULL,
  period        VARCHAR(40),
  source        VARCHAR(200),
  indicator_id  BIGINT,
  territory_id  BIGINT,
  PRIMARY KEY (sheet_id, seq),
  CONSTRAINT fk_ei_sheet FOREIGN KEY (sheet_id) REFERENCES experience_sheet (id) ON DELETE CASCADE,
  CONSTRAINT fk_ei_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
  CONSTRAINT fk_ei_territory FOREIGN KEY (territory_id) REFERENCES territory (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each written part on its own row with its own version: two people writing different parts never
-- collide, and two writing the same part are told (optimistic lock), never silently overwritten.
CREATE TABLE experience_part (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  version     INT          NOT NULL DEFAULT 0,
  sheet_id    BIGINT       NOT NULL,
  part        VARCHAR(24)  NOT NULL,
  body        MEDIUMTEXT   NOT NULL,
  updated_by  BIGINT,
  updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uk_experience_part UNIQUE (sheet_id, part),
  CONSTRAINT fk_ep_sheet FOREIGN KEY (sheet_id) REFERENCES experience_sheet (id) ON DELETE CASCADE,
  CONSTRAINT fk_ep_member FOREIGN KEY (updated_by) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every saved text of a part, append-only: the part's history.
CREATE TABLE experience_part_revision (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  part_id     BIGINT       NOT NULL,
  number      INT          NOT NULL,
  body        MEDIUMTEXT   NOT NULL,
  saved_by    BIGINT       NOT NULL,
  saved_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uk_part_revision UNIQUE (part_id, number),
  CONSTRAINT fk_epr_part FOREIGN KEY (part_id) REFERENCES experience_part (id) ON DELETE CASCADE,
  CONSTRAINT fk_epr_member FOREIGN KEY (saved_by) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A published version: the sheet as it was read at publication (JSON), plus the catalogue's facets,
-- so that a revision in progress never shows outside the group before it is published.
CREATE TABLE experience_publication (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  sheet_id      BIGINT       NOT NULL,
  number        INT          NOT NULL,
  latest        BOOLEAN      NOT NULL,
  title         VARCHAR(200) NOT NULL,
  year          INT,
  territory_id  BIGINT,
  audience      VARCHAR(24),
  content       MEDIUMTEXT   NOT NULL,
  published_by  BIGINT       NOT NULL,
  published_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uk_publication UNIQUE (sheet_id, number),
  KEY ix_publication_latest (latest, year),
  CONSTRAINT fk_epub_sheet FOREIGN KEY (sheet_id) REFERENCES experience_sheet (id) ON DELETE CASCADE,
  CONSTRAINT fk_epub_member FOREIGN KEY (published_by) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE experience_publication_theme (
  publication_id  BIGINT NOT NULL,
  concept_id      BIGINT NOT NULL,
  PRIMARY KEY (publication_id, concept_id),
  KEY ix_ept_concept (concept_id),
  CONSTRAINT fk_ept_pub FOREIGN KEY (publication_id) REFERENCES experience_publication (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Review comments (returning a sheet) and readers' questions to the authors.
CREATE TABLE experience_comment (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  sheet_id    BIGINT        NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  author_id   BIGINT        NOT NULL,
  body        VARCHAR(4000) NOT NULL,
  created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_comment_sheet (sheet_id, created_at),
  CONSTRAINT fk_ec_sheet FOREIGN KEY (sheet_id) REFERENCES experience_sheet (id) ON DELETE CASCADE,
  CONSTRAINT fk_ec_member FOREIGN KEY (author_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- « Nous l'avons essayé aussi »: one's own sheet linked to another town's.
CREATE TABLE experience_link (
  sheet_id    BIGINT       NOT NULL,
  other_id    BIGINT       NOT NULL,
  created_by  BIGINT       NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (sheet_id, other_id),
  KEY ix_link_other (other_id),
  CONSTRAINT fk_el_sheet FOREIGN KEY (sheet_id) REFERENCES experience_sheet (id) ON DELETE CASCADE,
  CONSTRAINT fk_el_other FOREIGN KEY (other_id) REFERENCES experience_sheet (id) ON DELETE CASCADE
) ENGINE=InnoDB;
