-- Health workforce (SISDMK ETL, issue 4): personnel, quarantine, run audit, resume points, raw bodies.
CREATE TABLE personnel (
  nik TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  sex TEXT NOT NULL DEFAULT '',
  birth_date TEXT NOT NULL DEFAULT '',
  birth_place TEXT NOT NULL DEFAULT '',
  province_code TEXT NOT NULL,
  regency_code TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL,
  last_updated_ms INTEGER NOT NULL,
  category_id INTEGER NOT NULL DEFAULT 0,       -- SDMK category of the first job (1..35), 0 = none
  categories TEXT NOT NULL DEFAULT '',          -- ",3,12," every job's category, for filtering
  facility_code TEXT NOT NULL DEFAULT '',       -- KODE_UNIT of the first job
  facility_name TEXT NOT NULL DEFAULT '',
  jobs_json TEXT NOT NULL DEFAULT '[]',         -- jobs and registrations (STR/SIP)
  run_id TEXT NOT NULL DEFAULT ''               -- run that last wrote the row
);
CREATE INDEX idx_personnel_regency ON personnel(regency_code);
CREATE INDEX idx_personnel_name ON personnel(name COLLATE NOCASE);
CREATE INDEX idx_personnel_category ON personnel(category_id);
CREATE INDEX idx_personnel_facility ON personnel(facility_code);

CREATE TABLE personnel_quarantine (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id TEXT NOT NULL,
  nik TEXT NOT NULL DEFAULT '',
  reasons TEXT NOT NULL,                         -- JSON array of reason keys
  raw TEXT NOT NULL,                             -- the record as received (compact JSON)
  received_at_ms INTEGER NOT NULL,
  reviewed_by TEXT NOT NULL DEFAULT '',
  reviewed_at_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX idx_quarantine_run ON personnel_quarantine(run_id);
CREATE INDEX idx_quarantine_open ON personnel_quarantine(reviewed_at_ms, id);

CREATE TABLE sisdmk_runs (
  run_id TEXT PRIMARY KEY,                       -- also the batch id
  trace_id TEXT NOT NULL,
  region TEXT NOT NULL,
  updated_since TEXT NOT NULL DEFAULT '',
  resumed_from TEXT NOT NULL DEFAULT '',
  started_at_ms INTEGER NOT NULL,
  ended_at_ms INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL,                          -- running|ok|failed|cancelled|interrupted
  failure_kind TEXT NOT NULL DEFAULT '',         -- unreachable|auth|format|database|cancelled
  pages INTEGER NOT NULL DEFAULT 0,
  rows_received INTEGER NOT NULL DEFAULT 0,
  rows_inserted INTEGER NOT NULL DEFAULT 0,
  rows_updated INTEGER NOT NULL DEFAULT 0,
  rows_unchanged INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  error TEXT NOT NULL DEFAULT '',
  request_ids TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX idx_sisdmk_runs_started ON sisdmk_runs(started_at_ms);

CREATE TABLE sisdmk_resume (
  region TEXT PRIMARY KEY,
  run_id TEXT NOT NULL,
  next_page INTEGER NOT NULL,
  updated_since TEXT NOT NULL DEFAULT '',
  chain_started_ms INTEGER NOT NULL DEFAULT 0   -- start of the first run of a resumed chain (next watermark)
);

-- Where the next incremental pull of a region starts (start time of its last successful run).
CREATE TABLE sisdmk_watermark (
  region TEXT PRIMARY KEY,
  updated_since TEXT NOT NULL
);

CREATE TABLE sisdmk_raw_bodies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id TEXT NOT NULL,
  request_id TEXT NOT NULL,
  received_at_ms INTEGER NOT NULL,
  reason TEXT NOT NULL,
  body BLOB NOT NULL
);
