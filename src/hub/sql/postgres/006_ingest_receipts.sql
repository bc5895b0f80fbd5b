-- 006: a webhook delivered twice (Alertmanager retries after a timeout, though the first attempt was stored)
-- is answered from its receipt instead of being ingested again (issue 10, part 4). Kept 10 minutes.
CREATE TABLE ingest_receipts (
    site_id TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    at_ms BIGINT NOT NULL,
    response TEXT NOT NULL,
    PRIMARY KEY (site_id, body_sha256)
);
CREATE INDEX ingest_receipts_at ON ingest_receipts (at_ms);
