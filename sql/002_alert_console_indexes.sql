-- 002: indexes that let the alert console page a million alerts by SQL (default sort raised_at desc).
-- Each index ends in raised_at_ms so "filter + ORDER BY raised_at_ms DESC LIMIT n" walks the index
-- backwards and stops after n rows, instead of sorting every match. The rowid, implicitly the last
-- index column, is the tie-break, so the order is total without a sort.
-- "Open" (state < 2) views use partial indexes: resolved alerts, the bulk of an old database, are
-- left out of them.
-- Every index slows each alert write (measured: the full per-filter set cost a quarter of append
-- throughput), so a filter whose values are common (module: 1 in 7, severity in All: 1 in 3)
-- walks the raised-time index and skips non-matching rows instead of having its own index.
CREATE INDEX alerts_raised ON alerts(raised_at_ms);
CREATE INDEX alerts_state_raised ON alerts(state, raised_at_ms);
CREATE INDEX alerts_open_raised ON alerts(raised_at_ms) WHERE state < 2;
CREATE INDEX alerts_open_severity_raised ON alerts(severity, raised_at_ms) WHERE state < 2;
-- The escalation scan: unacknowledged, not yet escalated, oldest first per severity.
CREATE INDEX alerts_escalation_due ON alerts(severity, raised_at_ms) WHERE state = 0 AND escalation_level = 0;
