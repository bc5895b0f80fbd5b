-- 002: the hub's HLC high-water mark (issue 10), so a restart never issues a timestamp below one it has
-- issued or accepted; and events taken out of the log by `medtrack-hub events quarantine`.
CREATE TABLE hub_clock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  hlc TEXT NOT NULL -- canonical "<13 digits>.<5 digits>"; '' until first seeded from the log at start
);
INSERT INTO hub_clock (id, hlc) VALUES (1, '');
CREATE TABLE events_quarantine (
  server_seq BIGINT NOT NULL,
  id TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  actor TEXT NOT NULL,
  site_id TEXT NOT NULL,
  hlc TEXT NOT NULL,
  received_ms BIGINT NOT NULL,
  quarantined_ms BIGINT NOT NULL,
  reason TEXT NOT NULL
);
