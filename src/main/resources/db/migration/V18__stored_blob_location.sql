-- Where a stored file's bytes are (docs/document-centre.md): 'db', in blob_chunk rows (every file
-- until now, and the default), or 's3', one object in the configured bucket named by the SHA-256
-- (chunks is then 0). Read from the row, so files written before a change of store stay readable.
ALTER TABLE stored_blob
  ADD COLUMN location VARCHAR(2) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'db'
    AFTER chunks;
