-- Issue 6: the platforms deliver some requests more than once (Slack retries an event it got
-- no answer to within 3 s, with X-Slack-Retry-Num; Teams may deliver an activity again; a
-- signed Slack request copied off the wire is accepted by Bolt for 5 minutes). Each door
-- records what it has taken in, and a delivery whose key is already here is acknowledged and
-- left alone. Only keys are kept (platform ids and a digest, never a message), for a day.
CREATE TABLE delivered_events (
  -- platform:kind:id:digest, built by the door (see src/doors/*/skip-repeats.ts).
  key TEXT PRIMARY KEY,
  received_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX delivered_events_received_at ON delivered_events (received_at);
