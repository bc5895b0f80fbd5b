-- 007: which token pushed an event (the first 16 hex digits of its SHA-256; '' for older events and
-- ingested alerts), so a site pulling with skip_own=1 is not sent back what it pushed itself (issue 10).
ALTER TABLE events ADD COLUMN origin TEXT NOT NULL DEFAULT '';
