-- What is approved is frozen at submission: the approvers of the round, and the meeting's plan and
-- attendance (see docs/minutes.md, "Submission freezes").

-- The approvers recorded when an edition is submitted; the tally counts against them only, so a seat
-- or a lead added later changes nothing. Re-recorded at each new submission (a new round).
CREATE TABLE minutes_approver (
  minutes_id BIGINT NOT NULL,
  member_id  BIGINT NOT NULL,
  PRIMARY KEY (minutes_id, member_id),
  CONSTRAINT fk_minap_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE,
  CONSTRAINT fk_minap_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Editions submitted or approved before this version: their approvers as the rule finds them now.
INSERT INTO minutes_approver (minutes_id, member_id)
  SELECT m.id, ms.member_id FROM minutes m
    JOIN meeting mt ON mt.id = m.meeting_id
    JOIN membership ms ON ms.group_id = mt.group_id AND ms.role = 'LEAD'
   WHERE m.status IN ('SUBMITTED', 'APPROVED') AND m.approval_rule = 'GROUP_LEAD';
INSERT INTO minutes_approver (minutes_id, member_id)
  SELECT m.id, bs.member_id FROM minutes m
    JOIN meeting mt ON mt.id = m.meeting_id
    JOIN body_seat bs ON bs.body_id = mt.body_id
   WHERE m.status IN ('SUBMITTED', 'APPROVED') AND m.approval_rule = 'MAJORITY_OF_MEMBERS';
INSERT INTO minutes_approver (minutes_id, member_id)
  SELECT m.id, i.member_id FROM minutes m
    JOIN invitation i ON i.meeting_id = m.meeting_id AND i.presence = 'PRESENT'
   WHERE m.status IN ('SUBMITTED', 'APPROVED') AND m.approval_rule = 'ALL_PRESENT';

-- Once an edition of its minutes is submitted or approved, a meeting's date, agenda, invitees and
-- attendance no longer change (they are part of what is approved).
ALTER TABLE meeting ADD COLUMN minutes_frozen BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE meeting SET minutes_frozen = TRUE
 WHERE id IN (SELECT meeting_id FROM minutes WHERE status IN ('SUBMITTED', 'APPROVED'));
