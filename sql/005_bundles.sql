-- 005: offline signed bundles (docs/sync.md): trusted peer keys and per-peer high-water marks.
-- Seqs here are `events.seq` values of one side's own log (local arrival order, never reused).
CREATE TABLE bundle_peers (
  site_id          TEXT PRIMARY KEY,
  public_key       BLOB NOT NULL,              -- Ed25519, 32 bytes; only bundles it verifies are imported
  key_id           TEXT NOT NULL,              -- first 16 hex digits of SHA-256(public_key)
  added_by         TEXT NOT NULL,
  added_at_ms      INTEGER NOT NULL,
  received_through INTEGER NOT NULL DEFAULT 0, -- the peer's seq up to which we hold all it sent us
  acked_through    INTEGER NOT NULL DEFAULT 0, -- our seq up to which the peer said it holds our events
  exported_through INTEGER NOT NULL DEFAULT 0  -- our seq covered by the last bundle made for the peer
);

-- Every bundle made or imported here, for the audit trail of who carried what.
CREATE TABLE bundle_log (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  bundle_id   TEXT NOT NULL,
  direction   TEXT NOT NULL CHECK (direction IN ('export', 'import')),
  peer_site   TEXT NOT NULL DEFAULT '',
  actor       TEXT NOT NULL,
  at_ms       INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  new_events  INTEGER NOT NULL DEFAULT 0
);
