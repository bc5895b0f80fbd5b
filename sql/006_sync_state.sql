-- 006: hub sync (medtrackctl sync): the pull cursor per hub; it is written in the same transaction as the pulled page.
CREATE TABLE sync_cursor (
  hub_url TEXT PRIMARY KEY,
  since   INTEGER NOT NULL DEFAULT 0  -- the hub's next_since after the last applied page
);
