-- 003: the highest HLC in the log, kept with the chain head, so a restarted app seeds its
-- hybrid logical clock past every stored event even if the wall clock went backwards
-- (and without scanning a million events at start-up).
ALTER TABLE audit_head ADD COLUMN max_hlc INTEGER NOT NULL DEFAULT 0;
UPDATE audit_head SET max_hlc = (SELECT COALESCE(MAX(hlc), 0) FROM events) WHERE id = 1;
