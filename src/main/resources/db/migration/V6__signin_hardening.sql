-- Sign-in hardening (issue 9).

-- One row per throttled key ("login:<login>" or "address:<address>"). It holds no counters: the
-- attempts themselves are in login_attempt. LoginService locks the row (SELECT ... FOR UPDATE)
-- before it reads the recent failures and records the new attempt, so that parallel attempts on
-- any node are checked one after the other.
CREATE TABLE login_throttle (
  throttle_key  VARCHAR(320) NOT NULL PRIMARY KEY,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Failures are counted per login and per address over a sliding window.
CREATE INDEX ix_login_attempt_login_success ON login_attempt (login, success, attempted_at);
CREATE INDEX ix_login_attempt_address_success ON login_attempt (remote_address, success, attempted_at);

-- A password set by an administrator (creation, reset) or generated for the first administrator
-- is one-time: it must be changed at first sign-in, and it stops working at password_expires_at
-- (NULL: no expiry). Existing accounts keep their passwords as they are.
ALTER TABLE account
  ADD COLUMN password_one_time   BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN password_expires_at TIMESTAMP(3) NULL;

-- Calendar feed tokens are stored as their SHA-256 (hex), never in clear. Existing tokens are
-- hashed in place, so the subscriptions made with them keep working.
ALTER TABLE calendar_feed DROP INDEX uk_feed_token;
ALTER TABLE calendar_feed CHANGE token token_hash CHAR(64) NOT NULL;
UPDATE calendar_feed SET token_hash = SHA2(token_hash, 256);
ALTER TABLE calendar_feed ADD CONSTRAINT uk_feed_token_hash UNIQUE (token_hash);
