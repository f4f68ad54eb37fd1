-- The document centre's paper items and their loans (issue 12). A paper item is a document of the
-- centre catalogued without a file: its shelf mark says where it stands. Staff lend it to a member
-- until a return date; every loan is kept, returned or not, for the item's history.

ALTER TABLE tool_document ADD COLUMN shelf_mark VARCHAR(60) NULL;

CREATE TABLE document_loan (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  version       INT          NOT NULL DEFAULT 0,
  document_id   BIGINT       NOT NULL,
  borrower_id   BIGINT       NOT NULL,
  lent_by       BIGINT       NOT NULL,
  lent_at       TIMESTAMP(3) NOT NULL,
  due_on        DATE         NOT NULL,
  returned_at   TIMESTAMP(3) NULL,
  returned_to   BIGINT       NULL,
  -- The item of a loan still out, NULL once returned: the unique key lets one item be out once at
  -- a time, whichever node lends it.
  out_document  BIGINT AS (IF(returned_at IS NULL, document_id, NULL)) PERSISTENT,
  CONSTRAINT uk_loan_out UNIQUE (out_document),
  KEY ix_loan_document (document_id, lent_at),
  KEY ix_loan_borrower (borrower_id, returned_at),
  KEY ix_loan_open_due (returned_at, due_on),
  CONSTRAINT fk_loan_document FOREIGN KEY (document_id) REFERENCES tool_document (id),
  CONSTRAINT fk_loan_borrower FOREIGN KEY (borrower_id) REFERENCES member (id),
  CONSTRAINT fk_loan_lender FOREIGN KEY (lent_by) REFERENCES member (id),
  CONSTRAINT fk_loan_returned_to FOREIGN KEY (returned_to) REFERENCES member (id)
) ENGINE=InnoDB;

-- Virus scanning (ClamAV's clamd, when configured): a file clamd has not yet said clean is in
-- quarantine, neither downloadable nor indexed. When clamd cannot be reached at the upload, any
-- node retries later: the row is the state (next attempt after scan_after), taken with SKIP LOCKED.
ALTER TABLE document_version
  ADD COLUMN quarantined    BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN scan_attempts  INT          NOT NULL DEFAULT 0,
  ADD COLUMN scan_after     TIMESTAMP(3) NULL,
  ADD KEY ix_version_quarantine (quarantined, scan_after);

-- Unnamed old versions are pruned (docs/document-centre.md): a download counted for a pruned
-- version stays in the document's counts by month, so its row no longer names a live version.
ALTER TABLE document_download DROP FOREIGN KEY fk_download_version;
