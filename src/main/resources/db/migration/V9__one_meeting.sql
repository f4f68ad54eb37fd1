-- One meeting (issue 11): the register's board_meeting and the minutes' meeting become one table,
-- `meeting`, with one attendance list, `meeting_attendance` (invited, present, represented with the
-- proxy's holder, excused, absent). Decisions point at their meeting by its key. Nothing is lost:
--   * a board meeting with a meeting of the same body on the same day merges into it (the earliest
--     such meeting; a second board meeting that day becomes a meeting of its own);
--   * any other board meeting becomes a meeting of that whole day (the register knew no hours);
--   * attendance rows are merged per member: where both lists name someone, the register's row
--     wins (its quorum and votes were counted on it, and it knows proxies), except that a row of
--     minutes already submitted or approved keeps what was approved unless it only said "invited".
-- register_entry rows are append-only and hashed: their meeting_id keeps the board meeting's id of
-- the time, which `meeting.former_board_meeting_id` resolves.

ALTER TABLE meeting
  ADD COLUMN electorate INT NULL,
  ADD COLUMN event_id BIGINT NULL,
  ADD COLUMN former_board_meeting_id BIGINT NULL,
  MODIFY created_by BIGINT NULL,
  ADD CONSTRAINT uk_meeting_former_board UNIQUE (former_board_meeting_id),
  ADD CONSTRAINT fk_mtg_event FOREIGN KEY (event_id) REFERENCES network_event (id) ON DELETE SET NULL;

-- Which meeting each board meeting becomes.
CREATE TABLE v9_meeting_map (
  board_id   BIGINT PRIMARY KEY,
  meeting_id BIGINT NULL
) ENGINE=InnoDB;

INSERT INTO v9_meeting_map (board_id, meeting_id)
SELECT bm.id,
       (SELECT MIN(m.id) FROM meeting m
         WHERE m.body_id = bm.body_id AND DATE(m.starts_at) = bm.held_on)
  FROM board_meeting bm;

-- Two board meetings of one body on one day: only the first merges into that day's meeting.
UPDATE v9_meeting_map x
  JOIN (SELECT meeting_id, MIN(board_id) AS first_board FROM v9_meeting_map
         WHERE meeting_id IS NOT NULL GROUP BY meeting_id) f ON f.meeting_id = x.meeting_id
   SET x.meeting_id = NULL
 WHERE x.board_id <> f.first_board;

-- The merged ones: the minutes' meeting takes the register's electorate, calendar entry and id.
UPDATE meeting m
  JOIN v9_meeting_map x ON x.meeting_id = m.id
  JOIN board_meeting bm ON bm.id = x.board_id
   SET m.electorate = bm.electorate,
       m.event_id = bm.event_id,
       m.former_board_meeting_id = bm.id,
       m.demo = m.demo OR bm.demo;

-- The others become meetings of their whole day. Who entered them was never recorded.
INSERT INTO meeting (version, group_id, body_id, title, starts_at, ends_at, place, sequence_no,
                     created_by, created_at, demo, minutes_frozen, electorate, event_id,
                     former_board_meeting_id)
SELECT 0, NULL, bm.body_id, bm.title, TIMESTAMP(bm.held_on), TIMESTAMP(bm.held_on + INTERVAL 1 DAY),
       bm.place, 0, NULL, bm.created_at, bm.demo, FALSE, bm.electorate, bm.event_id, bm.id
  FROM board_meeting bm JOIN v9_meeting_map x ON x.board_id = bm.id
 WHERE x.meeting_id IS NULL;

UPDATE v9_meeting_map x JOIN meeting m ON m.former_board_meeting_id = x.board_id
   SET x.meeting_id = m.id
 WHERE x.meeting_id IS NULL;

-- One attendance list: the invitations gain the proxy's holder and take the register's rows.
ALTER TABLE invitation ADD COLUMN proxy_holder_id BIGINT NULL;

UPDATE invitation i
  JOIN v9_meeting_map x ON x.meeting_id = i.meeting_id
  JOIN meeting_attendance a ON a.meeting_id = x.board_id AND a.member_id = i.member_id
  JOIN meeting m ON m.id = i.meeting_id
   SET i.presence = a.presence,
       i.proxy_holder_id = a.proxy_holder_id
 WHERE NOT m.minutes_frozen OR i.presence = 'INVITED';

INSERT INTO invitation (version, meeting_id, member_id, presence, proxy_holder_id)
SELECT 0, x.meeting_id, a.member_id, a.presence, a.proxy_holder_id
  FROM meeting_attendance a JOIN v9_meeting_map x ON x.board_id = a.meeting_id
 WHERE NOT EXISTS (SELECT 1 FROM invitation i
                    WHERE i.meeting_id = x.meeting_id AND i.member_id = a.member_id);

-- Decisions point at the one meeting.
ALTER TABLE decision DROP FOREIGN KEY fk_decision_meeting;
UPDATE decision d JOIN v9_meeting_map x ON x.board_id = d.meeting_id SET d.meeting_id = x.meeting_id;
ALTER TABLE decision
  ADD CONSTRAINT fk_decision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id);

DROP TABLE meeting_attendance;
DROP TABLE board_meeting;
DROP TABLE v9_meeting_map;

ALTER TABLE invitation
  ADD CONSTRAINT fk_inv_proxy FOREIGN KEY (proxy_holder_id) REFERENCES member (id);
RENAME TABLE invitation TO meeting_attendance;
