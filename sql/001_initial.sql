-- 001: initial schema: event log with hash chain, projections, credentials, attachments, settings.
-- Enumerations the console sorts by are stored as integer ranks so ORDER BY follows their meaning:
--   alerts.severity 0 info, 1 warning, 2 critical; alerts.state 0 new, 1 acknowledged, 2 resolved;
--   incidents.status 0 open, 1 in_progress, 2 resolved, 3 closed. Modules and roles are Types.h keys.

CREATE TABLE events (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT, -- local arrival order; AUTOINCREMENT never reuses a deleted seq
  id          TEXT NOT NULL UNIQUE,              -- UUIDv7; appends are idempotent on it
  entity_type TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  type        TEXT NOT NULL,
  payload     TEXT NOT NULL,                     -- JSON object
  actor       TEXT NOT NULL,
  site_id     TEXT NOT NULL,
  hlc         INTEGER NOT NULL,
  server_seq  INTEGER,                           -- NULL = still in the outbox
  prev_hash   BLOB NOT NULL,                     -- hash of the row before (32 zero bytes for the first)
  hash        BLOB NOT NULL                      -- SHA-256(prev_hash || canonicalBytes(event))
);
CREATE INDEX events_entity ON events(entity_type, entity_id, hlc);
CREATE INDEX events_server_seq ON events(server_seq);

-- Head of the hash chain: lets verifyChain notice a truncated tail.
CREATE TABLE audit_head (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  count     INTEGER NOT NULL,
  last_hash BLOB NOT NULL
);
INSERT INTO audit_head(id, count, last_hash) VALUES (1, 0, zeroblob(32));

CREATE TABLE alerts (
  id                TEXT PRIMARY KEY,
  site_id           TEXT NOT NULL,
  module            TEXT NOT NULL,
  severity          INTEGER NOT NULL,
  title             TEXT NOT NULL,
  details           TEXT NOT NULL DEFAULT '',
  dedup_key         TEXT NOT NULL DEFAULT '',
  resource          TEXT NOT NULL DEFAULT '',
  state             INTEGER NOT NULL,
  count             INTEGER NOT NULL DEFAULT 1,
  raised_at_ms      INTEGER NOT NULL,
  last_seen_ms      INTEGER NOT NULL,
  raised_by         TEXT NOT NULL DEFAULT '',
  acked_by          TEXT NOT NULL DEFAULT '',
  acked_at_ms       INTEGER NOT NULL DEFAULT 0,
  first_acked_at_ms INTEGER NOT NULL DEFAULT 0,
  shelved_until_ms  INTEGER NOT NULL DEFAULT 0,
  escalation_level  INTEGER NOT NULL DEFAULT 0,
  escalated_at_ms   INTEGER NOT NULL DEFAULT 0,
  resolved_at_ms    INTEGER NOT NULL DEFAULT 0,
  resolved_by       TEXT NOT NULL DEFAULT '',
  incident_id       TEXT NOT NULL DEFAULT '', -- no FK: a link may arrive (sync) before its incident
  last_hlc          INTEGER NOT NULL,
  extra             TEXT NOT NULL DEFAULT '{}' -- JSON: {"conflicts": [...]}
);
-- Deduplication looks only at open alerts with a key, so the index stays small.
CREATE INDEX alerts_open_dedup ON alerts(dedup_key) WHERE state < 2 AND dedup_key <> '';

CREATE TABLE incidents (
  id               TEXT PRIMARY KEY,
  site_id          TEXT NOT NULL,
  title            TEXT NOT NULL,
  description      TEXT NOT NULL DEFAULT '',
  severity         INTEGER NOT NULL,
  modules          TEXT NOT NULL DEFAULT '[]', -- JSON array of module keys
  status           INTEGER NOT NULL,
  assignee         TEXT NOT NULL DEFAULT '',
  opened_by        TEXT NOT NULL DEFAULT '',
  opened_at_ms     INTEGER NOT NULL,
  sla_due_ms       INTEGER NOT NULL DEFAULT 0,
  escalation_level INTEGER NOT NULL DEFAULT 1,
  resolved_at_ms   INTEGER NOT NULL DEFAULT 0,
  closed_at_ms     INTEGER NOT NULL DEFAULT 0,
  closed_by        TEXT NOT NULL DEFAULT '',
  resolution       TEXT NOT NULL DEFAULT '',
  kb_ref           TEXT NOT NULL DEFAULT '',
  no_kb_reason     TEXT NOT NULL DEFAULT '',
  checklist        TEXT NOT NULL DEFAULT '{}', -- JSON object step -> bool
  note_count       INTEGER NOT NULL DEFAULT 0,
  evidence_count   INTEGER NOT NULL DEFAULT 0,
  reopen_count     INTEGER NOT NULL DEFAULT 0,
  last_hlc         INTEGER NOT NULL,
  extra            TEXT NOT NULL DEFAULT '{}'  -- JSON: {"conflicts": [...], "alert_ids": [...] (fold order)}
);
CREATE INDEX incidents_status_opened ON incidents(status, opened_at_ms);

CREATE TABLE incident_alerts (
  incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  alert_id    TEXT NOT NULL, -- no FK: the alert may not have synced yet
  PRIMARY KEY (incident_id, alert_id)
) WITHOUT ROWID;
CREATE INDEX incident_alerts_alert ON incident_alerts(alert_id);

CREATE TABLE users (
  name          TEXT PRIMARY KEY,
  entity_id     TEXT NOT NULL UNIQUE, -- later user.* events address the user by entity id
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  created_at_ms INTEGER NOT NULL,
  last_login_ms INTEGER NOT NULL DEFAULT 0,
  last_hlc      INTEGER NOT NULL
);

-- Not events: secrets never enter the log (and so never leave the site through sync).
CREATE TABLE credentials (
  user_name       TEXT PRIMARY KEY REFERENCES users(name) ON DELETE CASCADE,
  password_hash   TEXT NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until_ms INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE attachments (
  id          TEXT PRIMARY KEY,
  incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  file_name   TEXT NOT NULL,
  size        INTEGER NOT NULL,
  sha256      TEXT NOT NULL,
  content     BLOB NOT NULL,
  added_at_ms INTEGER NOT NULL,
  added_by    TEXT NOT NULL
);
CREATE INDEX attachments_incident ON attachments(incident_id);

-- Small key/value state that must change atomically with data (e.g. the sync cursor).
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
