-- Notifications: what a member is told in the app (the bell), and the outbox of emails that a relay
-- sends after the change that caused them has committed (see docs/operations.md, "Notifications and
-- mail"). Both are written in the caller's transaction: a rolled-back action notifies nobody.

CREATE TABLE notification (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  member_id    BIGINT        NOT NULL,
  -- A key of messages_*.properties and its MessageFormat arguments (a JSON array of strings),
  -- rendered in the reader's language when shown.
  message_key  VARCHAR(120)  NOT NULL,
  args         TEXT          NOT NULL,
  -- A path inside the application ("/decisions/decision.xhtml?id=12"), or none.
  link         VARCHAR(500)  NULL,
  created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  read_at      TIMESTAMP(3)  NULL,
  CONSTRAINT fk_notification_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The bell's unread count reads this index only; the list walks it newest first.
CREATE INDEX ix_notification_unread ON notification (member_id, read_at);
CREATE INDEX ix_notification_member ON notification (member_id, id);

CREATE TABLE mail_outbox (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient        VARCHAR(254)  NOT NULL,
  subject          VARCHAR(300)  NOT NULL,
  body             TEXT          NOT NULL,
  -- PENDING until sent (SENT) or given up after the last attempt (FAILED).
  status           VARCHAR(10)   NOT NULL DEFAULT 'PENDING',
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  sent_at          TIMESTAMP(3)  NULL,
  last_error       VARCHAR(500)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The relay claims due rows with SELECT ... FOR UPDATE SKIP LOCKED through this index.
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
