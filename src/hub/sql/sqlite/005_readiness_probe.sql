-- 005: /readyz proves the database can be written (disk full, read-only, lost PostgreSQL link) by writing
-- one row here; issue 10, part 5.
CREATE TABLE hub_probe (
    id INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL
);
