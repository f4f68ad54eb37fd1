-- Meetings of working groups and bodies, and their co-written minutes (docs/minutes.md).

-- How a body approves its minutes: a majority of its seats, or every member present at the meeting.
ALTER TABLE body ADD COLUMN minutes_rule VARCHAR(30) NOT NULL DEFAULT 'MAJORITY_OF_MEMBERS';

CREATE TABLE meeting (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  version     INT          NOT NULL DEFAULT 0,
  -- Exactly one owner: a working group or a body.
  group_id    BIGINT       NULL,
  body_id     BIGINT       NULL,
  title       VARCHAR(200) NOT NULL,
  -- Local time of Martinique (America/Martinique, no daylight saving).
  starts_at   DATETIME     NOT NULL,
  ends_at     DATETIME     NOT NULL,
  place       VARCHAR(200),
  -- Revision of the schedule, bumped at each change (the SEQUENCE of the iCalendar event).
  sequence_no INT          NOT NULL DEFAULT 0,
  created_by  BIGINT       NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  demo        BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT ck_meeting_owner CHECK ((group_id IS NULL) <> (body_id IS NULL)),
  CONSTRAINT ck_meeting_times CHECK (ends_at > starts_at),
  CONSTRAINT fk_mtg_group FOREIGN KEY (group_id) REFERENCES working_group (id),
  CONSTRAINT fk_mtg_body FOREIGN KEY (body_id) REFERENCES body (id),
  CONSTRAINT fk_mtg_creator FOREIGN KEY (created_by) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_mtg_group_start ON meeting (group_id, starts_at);
CREATE INDEX ix_mtg_body_start ON meeting (body_id, starts_at);

CREATE TABLE agenda_item (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id  BIGINT        NOT NULL,
  position    INT           NOT NULL,
  -- Stable key of the minutes section written for this item.
  item_key    VARCHAR(40)   NOT NULL,
  title       VARCHAR(200)  NOT NULL,
  description VARCHAR(1000),
  CONSTRAINT uk_agenda_key UNIQUE (meeting_id, item_key),
  CONSTRAINT fk_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting_link (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id  BIGINT        NOT NULL,
  position    INT           NOT NULL,
  label       VARCHAR(200)  NOT NULL,
  url         VARCHAR(1000) NOT NULL,
  CONSTRAINT fk_link_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Invited members and, once held, whether they came.
CREATE TABLE invitation (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  version     INT          NOT NULL DEFAULT 0,
  meeting_id  BIGINT       NOT NULL,
  member_id   BIGINT       NOT NULL,
  presence    VARCHAR(20)  NOT NULL DEFAULT 'INVITED',
  CONSTRAINT uk_invitation UNIQUE (meeting_id, member_id),
  CONSTRAINT fk_inv_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
  CONSTRAINT fk_inv_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_inv_member ON invitation (member_id);

-- One row per version of the minutes of a meeting: the first draft, then each amendment of an
-- approved version. head_revision points at the latest text.
CREATE TABLE minutes (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  version          INT          NOT NULL DEFAULT 0,
  meeting_id       BIGINT       NOT NULL,
  edition          INT          NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  amends_id        BIGINT       NULL,
  head_revision_id BIGINT       NULL,
  -- Each submission opens a new approval round; votes belong to a round.
  round            INT          NOT NULL DEFAULT 0,
  approval_rule    VARCHAR(30)  NULL,
  submitted_at     TIMESTAMP(3) NULL,
  submitted_by     BIGINT       NULL,
  returned_comment TEXT         NULL,
  approved_at      TIMESTAMP(3) NULL,
  fingerprint      CHAR(64)     NULL,
  CONSTRAINT uk_minutes_edition UNIQUE (meeting_id, edition),
  CONSTRAINT fk_min_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT fk_min_amends FOREIGN KEY (amends_id) REFERENCES minutes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE minutes_revision (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  minutes_id   BIGINT        NOT NULL,
  number       INT           NOT NULL,
  -- The revision the author started from (NULL for the first). A merge names the head it merged into.
  based_on     INT           NULL,
  kind         VARCHAR(20)   NOT NULL,
  author_id    BIGINT        NOT NULL,
  created_at   TIMESTAMP(3)  NOT NULL,
  summary      VARCHAR(300),
  characters   INT           NOT NULL,
  fingerprint  CHAR(64)      NOT NULL,
  content      MEDIUMTEXT    NOT NULL,
  CONSTRAINT uk_revision_number UNIQUE (minutes_id, number),
  CONSTRAINT fk_rev_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id),
  CONSTRAINT fk_rev_author FOREIGN KEY (author_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE minutes ADD CONSTRAINT fk_min_head FOREIGN KEY (head_revision_id) REFERENCES minutes_revision (id);

CREATE TABLE minutes_vote (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  version     INT          NOT NULL DEFAULT 0,
  minutes_id  BIGINT       NOT NULL,
  round       INT          NOT NULL,
  member_id   BIGINT       NOT NULL,
  choice      VARCHAR(20)  NOT NULL,
  comment     VARCHAR(2000),
  voted_at    TIMESTAMP(3) NOT NULL,
  CONSTRAINT uk_vote UNIQUE (minutes_id, round, member_id),
  CONSTRAINT fk_vote_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id),
  CONSTRAINT fk_vote_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who has the editor open: refreshed every few seconds by each editor, read by the others. In the
-- database, so that every node of a cluster sees everyone.
CREATE TABLE minutes_presence (
  minutes_id  BIGINT       NOT NULL,
  member_id   BIGINT       NOT NULL,
  seen_at     TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (minutes_id, member_id),
  CONSTRAINT fk_pres_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE,
  CONSTRAINT fk_pres_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Secret of each member's calendar feed (subscribed to from a calendar application, without a session).
CREATE TABLE calendar_feed (
  member_id   BIGINT      PRIMARY KEY,
  token       CHAR(43)    NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uk_feed_token UNIQUE (token),
  CONSTRAINT fk_feed_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
