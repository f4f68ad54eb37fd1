-- The document centre (issue 12, org.cohesion.tools): a SKOS thesaurus administered by staff, and
-- documents with versions whose files live in the database itself, chunked and addressed by their
-- SHA-256, so that a backup of the database holds everything and every node sees the same files.

CREATE TABLE concept (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  version     INT           NOT NULL DEFAULT 0,
  -- The concept's identity in SKOS exchanges (an IRI), kept across imports and exports.
  uri         VARCHAR(255)  NOT NULL,
  pref_fr     VARCHAR(160)  NOT NULL,
  pref_en     VARCHAR(160),
  note_fr     VARCHAR(2000),
  note_en     VARCHAR(2000),
  created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uk_concept_uri UNIQUE (uri),
  CONSTRAINT uk_concept_pref_fr UNIQUE (pref_fr)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE concept_alt_label (
  concept_id  BIGINT       NOT NULL,
  lang        VARCHAR(8)   NOT NULL,
  label       VARCHAR(160) NOT NULL,
  PRIMARY KEY (concept_id, lang, label),
  CONSTRAINT fk_alt_concept FOREIGN KEY (concept_id) REFERENCES concept (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- skos:broader, one row per link (a concept may have several broader concepts); narrower is the
-- same row read the other way.
CREATE TABLE concept_broader (
  concept_id  BIGINT NOT NULL,
  broader_id  BIGINT NOT NULL,
  PRIMARY KEY (concept_id, broader_id),
  KEY ix_broader (broader_id),
  CONSTRAINT fk_broader_concept FOREIGN KEY (concept_id) REFERENCES concept (id) ON DELETE CASCADE,
  CONSTRAINT fk_broader_target FOREIGN KEY (broader_id) REFERENCES concept (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- skos:related is symmetric: both directions are stored, so either concept lists it in one read.
CREATE TABLE concept_related (
  concept_id  BIGINT NOT NULL,
  related_id  BIGINT NOT NULL,
  PRIMARY KEY (concept_id, related_id),
  CONSTRAINT fk_related_concept FOREIGN KEY (concept_id) REFERENCES concept (id) ON DELETE CASCADE,
  CONSTRAINT fk_related_target FOREIGN KEY (related_id) REFERENCES concept (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- A file's bytes, once per content: two versions with the same bytes share them. The address is a
-- hex SHA-256: ascii compared byte by byte, the same column type wherever a foreign key names it.
CREATE TABLE stored_blob (
  sha256      CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  size_bytes  BIGINT       NOT NULL,
  chunks      INT          NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB;

-- Chunks of 1 MiB stay well under max_allowed_packet and are streamed one at a time.
CREATE TABLE blob_chunk (
  sha256  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  seq     INT        NOT NULL,
  data    MEDIUMBLOB NOT NULL,
  PRIMARY KEY (sha256, seq),
  CONSTRAINT fk_chunk_blob FOREIGN KEY (sha256) REFERENCES stored_blob (sha256)
) ENGINE=InnoDB;

CREATE TABLE tool_document (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  version          INT           NOT NULL DEFAULT 0,
  -- The working group whose « Outils méthodologiques » hold it; NULL: the network library.
  group_id         BIGINT,
  confidentiality  VARCHAR(10)   NOT NULL,
  -- Dublin Core: title, creator, publisher, date, type, language, subject (document_subject),
  -- coverage (territories), description, rights.
  title            VARCHAR(300)  NOT NULL,
  creators         VARCHAR(500),
  publisher        VARCHAR(200),
  issued           DATE,
  doc_type         VARCHAR(30)   NOT NULL,
  language         VARCHAR(8)    NOT NULL,
  territories      VARCHAR(500),
  description      VARCHAR(5000),
  rights           VARCHAR(500),
  created_by       BIGINT        NOT NULL,
  created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  downloads        BIGINT        NOT NULL DEFAULT 0,
  KEY ix_document_group (group_id),
  KEY ix_document_downloads (downloads),
  CONSTRAINT fk_document_group FOREIGN KEY (group_id) REFERENCES working_group (id),
  CONSTRAINT fk_document_creator FOREIGN KEY (created_by) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE document_subject (
  document_id  BIGINT NOT NULL,
  concept_id   BIGINT NOT NULL,
  PRIMARY KEY (document_id, concept_id),
  KEY ix_subject_concept (concept_id),
  CONSTRAINT fk_subject_document FOREIGN KEY (document_id) REFERENCES tool_document (id) ON DELETE CASCADE,
  CONSTRAINT fk_subject_concept FOREIGN KEY (concept_id) REFERENCES concept (id)
) ENGINE=InnoDB;

CREATE TABLE document_version (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  document_id     BIGINT        NOT NULL,
  number          INT           NOT NULL,
  sha256          CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  file_name       VARCHAR(160)  NOT NULL,
  media_type      VARCHAR(120)  NOT NULL,
  size_bytes      BIGINT        NOT NULL,
  uploaded_by     BIGINT        NOT NULL,
  uploaded_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  note            VARCHAR(500),
  -- A named version is kept for ever.
  label           VARCHAR(120),
  downloads       BIGINT        NOT NULL DEFAULT 0,
  extracted_text  MEDIUMTEXT,
  preview_png     MEDIUMBLOB,
  CONSTRAINT uk_version_number UNIQUE (document_id, number),
  CONSTRAINT fk_version_document FOREIGN KEY (document_id) REFERENCES tool_document (id),
  CONSTRAINT fk_version_blob FOREIGN KEY (sha256) REFERENCES stored_blob (sha256),
  CONSTRAINT fk_version_uploader FOREIGN KEY (uploaded_by) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per counted download: who (a member, or a hash of an anonymous reader's address) and when,
-- so "once per person within 30 s" and the counts by month are read from here.
CREATE TABLE document_download (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  document_id  BIGINT       NOT NULL,
  version_id   BIGINT       NOT NULL,
  reader       VARCHAR(80)  NOT NULL,
  at           TIMESTAMP(3) NOT NULL,
  month        CHAR(7)      NOT NULL,
  KEY ix_download_reader (version_id, reader, at),
  KEY ix_download_month (document_id, month),
  CONSTRAINT fk_download_document FOREIGN KEY (document_id) REFERENCES tool_document (id),
  CONSTRAINT fk_download_version FOREIGN KEY (version_id) REFERENCES document_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
