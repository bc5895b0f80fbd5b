-- 007: hub sync: events the hub refused (per hub), so the worker does not re-send them every round and people can see them.
CREATE TABLE sync_rejections (
  event_id TEXT NOT NULL,              -- events.id of this site's event
  hub_url  TEXT NOT NULL,              -- the hub that refused it (as configured, no trailing slash)
  code     TEXT NOT NULL,              -- the hub's code: conflict | forbidden | validation ...
  message  TEXT NOT NULL DEFAULT '',   -- the hub's message, if any
  at_ms    INTEGER NOT NULL,           -- when the refusal was received (UTC ms)
  PRIMARY KEY (event_id, hub_url)
);
