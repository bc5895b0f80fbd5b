-- 003: enrolment codes with a number of uses and an expiry (single-use by default), and when each token was
-- last used (issue 10, part 2). A code rotated before this version keeps one use.
ALTER TABLE sites ADD COLUMN enrol_uses_left INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sites ADD COLUMN enrol_expires_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tokens ADD COLUMN last_used_ms BIGINT NOT NULL DEFAULT 0;
