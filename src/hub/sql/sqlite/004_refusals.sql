-- 004: login lockout per user name *and* client address (a stranger cannot lock a user out from everywhere),
-- and the refusals an administrator can query (`medtrack-hub refusals`); issue 10, part 2.
-- users.failed_count and users.locked_until_ms are no longer used.
CREATE TABLE login_failures (
    name TEXT NOT NULL,
    client TEXT NOT NULL,
    failed_count INTEGER NOT NULL,
    locked_until_ms INTEGER NOT NULL DEFAULT 0,
    last_failed_ms INTEGER NOT NULL,
    PRIMARY KEY (name, client)
);
CREATE INDEX login_failures_last ON login_failures (last_failed_ms);

CREATE TABLE refusals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms INTEGER NOT NULL,
    client TEXT NOT NULL,
    principal TEXT NOT NULL DEFAULT '',
    route TEXT NOT NULL,
    status INTEGER NOT NULL,
    code TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX refusals_at ON refusals (at_ms);
