-- Documents of the document centre attached to an experience sheet. The link is the sheet's; who may
-- read the document is still decided by the document centre for each reader.
-- Constraint names are unique per schema in MariaDB: V13 already uses fk_esa_* for the sheets' authors.
CREATE TABLE experience_sheet_attachment (
  sheet_id     BIGINT NOT NULL,
  document_id  BIGINT NOT NULL,
  PRIMARY KEY (sheet_id, document_id),
  KEY ix_sheet_attachment_document (document_id),
  CONSTRAINT fk_sheet_attachment_sheet FOREIGN KEY (sheet_id) REFERENCES experience_sheet (id) ON DELETE CASCADE,
  CONSTRAINT fk_sheet_attachment_document FOREIGN KEY (document_id) REFERENCES tool_document (id) ON DELETE CASCADE
) ENGINE=InnoDB;
