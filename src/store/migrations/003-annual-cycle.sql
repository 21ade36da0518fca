-- Issue 5: the annual cycle (årshjul) in the database. Items are seeded from data/arshjul.json
-- on first start and edited in chat afterwards; every nudge the clock decides on is recorded
-- here under its key, so it is posted (or skipped) exactly once, across restarts and processes.

-- One row: the cycle's settings (from its file) and the state the nudge job keeps.
CREATE TABLE cycle_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  time_zone TEXT NOT NULL DEFAULT 'Europe/Stockholm',
  nudge_time TEXT NOT NULL DEFAULT '09:00',
  nudge_days TEXT NOT NULL DEFAULT 'working' CHECK (nudge_days IN ('working', 'all')),
  -- The file the cycle was imported from, and a hash of its text, to tell when it changed.
  source_path TEXT,
  source_hash TEXT,
  imported_at TEXT,
  -- JSON list of CycleProblems from the last import that no stored item carries (an item
  -- without an id, a second item with one id, a bad setting).
  import_problems TEXT NOT NULL DEFAULT '[]',
  -- How far back missed nudges are still posted, late; set from the configuration at start.
  catch_up_hours REAL NOT NULL DEFAULT 72,
  -- The instant up to which nudges have been decided (exclusive start of the next span).
  checked_until TEXT,
  -- The secret in the calendar feed's address; rotating it ends every subscription.
  feed_token TEXT,
  -- Where people reach the feed server, for the link shown to coordinators.
  feed_base_url TEXT,
  updated_at TEXT NOT NULL
);

-- An item as written (the file's JSON, or a chat edit), validated when read, so a bad item is
-- kept, shown to coordinators with its problem, and fixed in chat.
CREATE TABLE cycle_items (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  definition TEXT NOT NULL,
  -- file: from the cycle file (a re-import may change or remove it); chat: added in chat.
  origin TEXT NOT NULL CHECK (origin IN ('file', 'chat')),
  updated_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Channel names used by owners ({ "channel": "rus-plattformen" }) and the conversation a
-- coordinator connected each to. The name '*' is the whole cycle's channel.
CREATE TABLE cycle_channels (
  name TEXT PRIMARY KEY,
  platform TEXT NOT NULL CHECK (platform IN ('shell', 'slack', 'teams')),
  conversation_id TEXT NOT NULL,
  connected_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
  connected_at TEXT NOT NULL
);

-- Every nudge decided on, by its key (item:occurrence:lead days). posted: on time; late:
-- posted after downtime; skipped: recorded and not posted (reason says why).
CREATE TABLE cycle_nudges (
  key TEXT PRIMARY KEY,
  item_id TEXT NOT NULL,
  occurrence_date TEXT NOT NULL,
  lead_days INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('posted', 'late', 'skipped')),
  reason TEXT CHECK (reason IN (
    'too_old', 'passed', 'superseded', 'done', 'snoozed', 'no_owner')),
  due_at TEXT NOT NULL,
  recipients INTEGER NOT NULL DEFAULT 0,
  recorded_at TEXT NOT NULL
);
CREATE INDEX cycle_nudges_occurrence ON cycle_nudges (occurrence_date, item_id);

-- What people said about one occurrence: done, or snoozed until a time (the nudge then comes
-- again, once). No row: open.
CREATE TABLE cycle_occurrences (
  item_id TEXT NOT NULL,
  occurrence_date TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('done', 'snoozed')),
  snoozed_until TEXT,
  -- When the snoozed nudge was posted (or skipped), so it comes once.
  snooze_handled_at TEXT,
  by_person INTEGER REFERENCES people (id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (item_id, occurrence_date),
  CHECK ((state = 'snoozed') = (snoozed_until IS NOT NULL))
);
CREATE INDEX cycle_occurrences_snoozed ON cycle_occurrences (state, snoozed_until);
