-- Board decision log: meetings of the bodies with their attendance, the append-only register of
-- decisions (one hash chain per body, see docs/decision-register.md) and its current view.

CREATE TABLE board_meeting (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  version     INT          NOT NULL DEFAULT 0,
  body_id     BIGINT       NOT NULL,
  held_on     DATE         NOT NULL,
  title       VARCHAR(200) NOT NULL,
  place       VARCHAR(200),
  -- Voting members of the body on that day: its seats for the bureau and the CA, the members of the
  -- association for the AG (entered by whoever records the meeting).
  electorate  INT          NOT NULL,
  event_id    BIGINT       NULL,
  demo        BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_meeting_body FOREIGN KEY (body_id) REFERENCES body (id),
  CONSTRAINT fk_meeting_event FOREIGN KEY (event_id) REFERENCES network_event (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_body_date ON board_meeting (body_id, held_on);

CREATE TABLE meeting_attendance (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  version          INT         NOT NULL DEFAULT 0,
  meeting_id       BIGINT      NOT NULL,
  member_id        BIGINT      NOT NULL,
  presence         VARCHAR(20) NOT NULL,
  proxy_holder_id  BIGINT      NULL,
  CONSTRAINT uk_attendance UNIQUE (meeting_id, member_id),
  CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES board_meeting (id) ON DELETE CASCADE,
  CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_attendance_proxy FOREIGN KEY (proxy_holder_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The register itself: every decision, correction, follow-up note and status change is one entry,
-- written once. Each entry's hash covers its content and the previous entry's hash of the same body.
-- No foreign keys to mutable tables on purpose: the register keeps what was recorded.
CREATE TABLE register_entry (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  body_id        BIGINT        NOT NULL,
  chain_seq      BIGINT        NOT NULL,
  kind           VARCHAR(20)   NOT NULL,
  decision_no    VARCHAR(40)   NOT NULL,
  corrects_id    BIGINT        NULL,
  meeting_id     BIGINT        NULL,
  held_on        DATE          NULL,
  title          VARCHAR(300)  NULL,
  text           TEXT          NULL,
  decision_type  VARCHAR(30)   NULL,
  unanimous      BOOLEAN       NULL,
  votes_for      INT           NULL,
  votes_against  INT           NULL,
  abstentions    INT           NULL,
  themes         VARCHAR(500)  NULL,
  minutes_ref    VARCHAR(500)  NULL,
  documents      VARCHAR(2000) NULL,
  public_entry   BOOLEAN       NULL,
  responsible_id BIGINT        NULL,
  due_on         DATE          NULL,
  status         VARCHAR(20)   NULL,
  note           TEXT          NULL,
  -- Epoch milliseconds (UTC): hashed as stored, whatever the time zone of a client.
  recorded_at    BIGINT        NOT NULL,
  recorded_by    BIGINT        NOT NULL,
  demo           BOOLEAN       NOT NULL DEFAULT FALSE,
  prev_hash      CHAR(64)      NOT NULL,
  hash           CHAR(64)      NOT NULL,
  CONSTRAINT uk_register_chain UNIQUE (body_id, chain_seq),
  CONSTRAINT fk_register_body FOREIGN KEY (body_id) REFERENCES body (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_register_body_id ON register_entry (body_id, id);
CREATE INDEX ix_register_decision ON register_entry (decision_no, id);

CREATE TRIGGER register_entry_no_update BEFORE UPDATE ON register_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'register_entry is append-only';
CREATE TRIGGER register_entry_no_delete BEFORE DELETE ON register_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'register_entry is append-only';

-- The current view of each decision, derived from the register so that the register page filters
-- 10,000 decisions with plain indexes. The verification replays the chain and checks this view
-- against it, so an edit here is caught too.
CREATE TABLE decision (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  version         INT           NOT NULL DEFAULT 0,
  body_id         BIGINT        NOT NULL,
  meeting_id      BIGINT        NOT NULL,
  number          VARCHAR(40)   NOT NULL,
  year            INT           NOT NULL,
  seq             INT           NOT NULL,
  held_on         DATE          NOT NULL,
  title           VARCHAR(300)  NOT NULL,
  text            TEXT          NOT NULL,
  decision_type   VARCHAR(30)   NOT NULL,
  unanimous       BOOLEAN       NOT NULL DEFAULT FALSE,
  votes_for       INT           NOT NULL DEFAULT 0,
  votes_against   INT           NOT NULL DEFAULT 0,
  abstentions     INT           NOT NULL DEFAULT 0,
  minutes_ref     VARCHAR(500),
  documents       VARCHAR(2000),
  public_decision BOOLEAN       NOT NULL DEFAULT FALSE,
  responsible_id  BIGINT        NULL,
  due_on          DATE          NULL,
  status          VARCHAR(20)   NOT NULL,
  corrected       BOOLEAN       NOT NULL DEFAULT FALSE,
  demo            BOOLEAN       NOT NULL DEFAULT FALSE,
  recorded_at     TIMESTAMP(3)  NOT NULL,
  CONSTRAINT uk_decision_number UNIQUE (number),
  CONSTRAINT uk_decision_seq UNIQUE (body_id, year, seq),
  CONSTRAINT fk_decision_body FOREIGN KEY (body_id) REFERENCES body (id),
  CONSTRAINT fk_decision_meeting FOREIGN KEY (meeting_id) REFERENCES board_meeting (id),
  CONSTRAINT fk_decision_responsible FOREIGN KEY (responsible_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_decision_body_year ON decision (body_id, year, seq);
CREATE INDEX ix_decision_status_due ON decision (status, due_on);
CREATE INDEX ix_decision_responsible ON decision (responsible_id, status);
CREATE INDEX ix_decision_meeting ON decision (meeting_id);

CREATE TABLE decision_theme (
  decision_id  BIGINT NOT NULL,
  theme_id     BIGINT NOT NULL,
  PRIMARY KEY (decision_id, theme_id),
  CONSTRAINT fk_decision_theme_decision FOREIGN KEY (decision_id) REFERENCES decision (id) ON DELETE CASCADE,
  CONSTRAINT fk_decision_theme_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_decision_theme_theme ON decision_theme (theme_id);
