-- Hub schema v1 (PostgreSQL): sites, users, tokens, the event log and the open-alert dedup index.
CREATE TABLE sites (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  enrol_code_hash TEXT NOT NULL,
  created_ms BIGINT NOT NULL
);
CREATE TABLE users (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  site_id TEXT REFERENCES sites(id),
  central INTEGER NOT NULL DEFAULT 0,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  failed_count INTEGER NOT NULL DEFAULT 0,
  locked_until_ms BIGINT NOT NULL DEFAULT 0,
  created_ms BIGINT NOT NULL
);
CREATE TABLE tokens (
  hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  role TEXT NOT NULL,
  site_id TEXT,
  central INTEGER NOT NULL DEFAULT 0,
  created_ms BIGINT NOT NULL,
  expires_ms BIGINT NOT NULL,
  revoked_ms BIGINT
);
CREATE INDEX tokens_subject ON tokens(subject);
CREATE INDEX tokens_site ON tokens(site_id);
CREATE TABLE events (
  server_seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  actor TEXT NOT NULL,
  site_id TEXT NOT NULL,
  hlc TEXT NOT NULL,
  received_ms BIGINT NOT NULL
);
CREATE INDEX events_site_seq ON events(site_id, server_seq);
CREATE INDEX events_entity ON events(entity_id, hlc);
CREATE TABLE open_alerts (
  site_id TEXT NOT NULL,
  dedup_key TEXT NOT NULL,
  alert_id TEXT NOT NULL,
  PRIMARY KEY (site_id, dedup_key)
);
CREATE INDEX open_alerts_alert ON open_alerts(alert_id);
