-- 008: human incident numbers (docs/events.md): <site code>-<sequence>, carried by incident.opened.
ALTER TABLE incidents ADD COLUMN number TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN number_seq INTEGER NOT NULL DEFAULT 0; -- 0: fallback number
-- Every incident stored so far was opened without a number: the fallback, exactly as
-- IncidentNumber::fallback computes it (site id and last 8 hex digits of the id, ASCII capitals).
UPDATE incidents SET number = upper(site_id) || '-' || upper(substr(id, -8)), number_seq = 0;
CREATE INDEX incidents_number ON incidents(number);
-- The next number of this site: MAX(number_seq) of the incidents it opened.
CREATE INDEX incidents_site_seq ON incidents(site_id, number_seq);
