-- Foundation schema: people and accounts, themes, working groups and their members, join requests,
-- the association's bodies, the network calendar, the audit log and login attempts.
-- utf8mb4 everywhere: names such as "Schœlcher" must round-trip.

CREATE TABLE theme (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  version     INT          NOT NULL DEFAULT 0,
  code        VARCHAR(60)  NOT NULL,
  label_fr    VARCHAR(120) NOT NULL,
  label_en    VARCHAR(120) NOT NULL,
  position    INT          NOT NULL DEFAULT 0,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT uk_theme_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE member (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  version       INT          NOT NULL DEFAULT 0,
  full_name     VARCHAR(160) NOT NULL,
  email         VARCHAR(254) NOT NULL,
  organisation  VARCHAR(200),
  job_title     VARCHAR(160),
  town          VARCHAR(120),
  demo          BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uk_member_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_member_name ON member (full_name);

CREATE TABLE member_theme (
  member_id  BIGINT NOT NULL,
  theme_id   BIGINT NOT NULL,
  PRIMARY KEY (member_id, theme_id),
  CONSTRAINT fk_member_theme_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
  CONSTRAINT fk_member_theme_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  version        INT          NOT NULL DEFAULT 0,
  member_id      BIGINT       NOT NULL,
  login          VARCHAR(60)  NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  locale         VARCHAR(5)   NOT NULL DEFAULT 'fr',
  created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  last_login_at  TIMESTAMP(3) NULL,
  CONSTRAINT uk_account_login UNIQUE (login),
  CONSTRAINT uk_account_member UNIQUE (member_id),
  CONSTRAINT fk_account_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_role (
  account_id  BIGINT      NOT NULL,
  role        VARCHAR(30) NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE working_group (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  version      INT           NOT NULL DEFAULT 0,
  slug         VARCHAR(80)   NOT NULL,
  name         VARCHAR(160)  NOT NULL,
  theme_id     BIGINT        NOT NULL,
  description  TEXT,
  visibility   VARCHAR(20)   NOT NULL,
  join_policy  VARCHAR(20)   NOT NULL,
  created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uk_group_slug UNIQUE (slug),
  CONSTRAINT uk_group_name UNIQUE (name),
  CONSTRAINT fk_group_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE membership (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  version    INT          NOT NULL DEFAULT 0,
  group_id   BIGINT       NOT NULL,
  member_id  BIGINT       NOT NULL,
  role       VARCHAR(20)  NOT NULL,
  joined_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uk_membership UNIQUE (group_id, member_id),
  CONSTRAINT fk_membership_group FOREIGN KEY (group_id) REFERENCES working_group (id) ON DELETE CASCADE,
  CONSTRAINT fk_membership_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_membership_member ON membership (member_id);

CREATE TABLE join_request (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  version      INT           NOT NULL DEFAULT 0,
  group_id     BIGINT        NOT NULL,
  member_id    BIGINT        NOT NULL,
  message      VARCHAR(1000),
  status       VARCHAR(20)   NOT NULL,
  created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  decided_at   TIMESTAMP(3)  NULL,
  decided_by   BIGINT        NULL,
  -- At most one pending request per member and group: the column is NULL once decided.
  pending_key  VARCHAR(40) AS (CASE WHEN status = 'PENDING' THEN CONCAT(group_id, ':', member_id) END) PERSISTENT,
  CONSTRAINT uk_join_request_pending UNIQUE (pending_key),
  CONSTRAINT fk_join_request_group FOREIGN KEY (group_id) REFERENCES working_group (id) ON DELETE CASCADE,
  CONSTRAINT fk_join_request_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_join_request_decider FOREIGN KEY (decided_by) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE body (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  version      INT          NOT NULL DEFAULT 0,
  code         VARCHAR(20)  NOT NULL,
  name_fr      VARCHAR(120) NOT NULL,
  name_en      VARCHAR(120) NOT NULL,
  position     INT          NOT NULL DEFAULT 0,
  CONSTRAINT uk_body_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE body_seat (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  version    INT          NOT NULL DEFAULT 0,
  body_id    BIGINT       NOT NULL,
  member_id  BIGINT       NOT NULL,
  office     VARCHAR(30)  NOT NULL,
  CONSTRAINT uk_body_seat UNIQUE (body_id, member_id),
  CONSTRAINT fk_body_seat_body FOREIGN KEY (body_id) REFERENCES body (id) ON DELETE CASCADE,
  CONSTRAINT fk_body_seat_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE network_event (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  version     INT          NOT NULL DEFAULT 0,
  kind        VARCHAR(30)  NOT NULL,
  title       VARCHAR(200) NOT NULL,
  starts_on   DATE         NOT NULL,
  ends_on     DATE         NOT NULL,
  place       VARCHAR(200),
  body_id     BIGINT       NULL,
  group_id    BIGINT       NULL,
  CONSTRAINT fk_event_body FOREIGN KEY (body_id) REFERENCES body (id),
  CONSTRAINT fk_event_group FOREIGN KEY (group_id) REFERENCES working_group (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_event_start ON network_event (starts_on);

CREATE TABLE audit_event (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  actor           VARCHAR(60),
  action          VARCHAR(60)  NOT NULL,
  object_type     VARCHAR(40),
  object_id       VARCHAR(80),
  detail          VARCHAR(1000),
  remote_address  VARCHAR(64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_time ON audit_event (occurred_at);

-- The audit log is append-only: the database itself refuses changes, whatever the application does.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TABLE login_attempt (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  attempted_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  login           VARCHAR(254) NOT NULL,
  remote_address  VARCHAR(64)  NOT NULL,
  success         BOOLEAN      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_login_attempt_login ON login_attempt (login, attempted_at);
CREATE INDEX ix_login_attempt_address ON login_attempt (remote_address, attempted_at);

-- Reference data, present in every installation.
INSERT INTO theme (code, label_fr, label_en, position) VALUES
  ('evaluation', 'Évaluation', 'Evaluation', 10),
  ('prevention', 'Prévention de la délinquance', 'Crime prevention', 20),
  ('observation', 'Observation des territoires', 'Observation of territories', 30),
  ('renovation', 'Rénovation urbaine', 'Urban renewal', 40),
  ('reussite', 'Réussite éducative', 'Educational success', 50),
  ('insertion', 'Insertion et développement économique', 'Economic development and integration', 60),
  ('jeunesse', 'Politique de la jeunesse', 'Youth policy', 70),
  ('addictions', 'Addictions et exclusion', 'Addictions and exclusion', 80);

INSERT INTO body (code, name_fr, name_en, position) VALUES
  ('BUREAU', 'Bureau', 'Executive committee (bureau)', 10),
  ('CA', 'Conseil d''administration', 'Board of directors', 20),
  ('AG', 'Assemblée générale', 'General assembly', 30);
