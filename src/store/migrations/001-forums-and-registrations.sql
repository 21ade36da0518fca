-- People are known by one or more platform identities; an e-mail, when a platform gives one,
-- links the identities so the same person in Slack and Teams has one registration.
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  email TEXT UNIQUE,
  display_name TEXT,
  locale TEXT NOT NULL DEFAULT 'sv' CHECK (locale IN ('sv', 'en')),
  created_at TEXT NOT NULL
);

CREATE TABLE identities (
  platform TEXT NOT NULL CHECK (platform IN ('shell', 'slack', 'teams')),
  user_id TEXT NOT NULL,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  PRIMARY KEY (platform, user_id)
);
CREATE INDEX identities_person ON identities (person_id);

CREATE TABLE forums (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  venue TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  registration_closes_at TEXT NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity > 0),
  fee_sek INTEGER NOT NULL DEFAULT 0 CHECK (fee_sek >= 0),
  -- Which of the lunch-to-lunch options this edition offers, as a JSON array of option names.
  offers TEXT NOT NULL,
  -- JSON array of { at, sv, en }.
  agenda TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL
);
CREATE INDEX forums_starts_at ON forums (starts_at);

-- One row per person and forum: signing up again changes it, cancelling marks it.
CREATE TABLE registrations (
  id INTEGER PRIMARY KEY,
  forum_id INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('registered', 'cancelled')),
  organisation TEXT NOT NULL,
  role_title TEXT NOT NULL,
  lunch_day1 INTEGER NOT NULL CHECK (lunch_day1 IN (0, 1)),
  dinner_day1 INTEGER NOT NULL CHECK (dinner_day1 IN (0, 1)),
  overnight INTEGER NOT NULL CHECK (overnight IN (0, 1)),
  breakfast_day2 INTEGER NOT NULL CHECK (breakfast_day2 IN (0, 1)),
  lunch_day2 INTEGER NOT NULL CHECK (lunch_day2 IN (0, 1)),
  diet TEXT NOT NULL DEFAULT '',
  accessibility TEXT NOT NULL DEFAULT '',
  invoice_reference TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (forum_id, person_id)
);
CREATE INDEX registrations_forum_status ON registrations (forum_id, status);

-- Where the bot has talked with people, so later features can write first (proactive sends).
CREATE TABLE conversations (
  platform TEXT NOT NULL CHECK (platform IN ('shell', 'slack', 'teams')),
  conversation_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('personal', 'channel', 'group')),
  person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
  reference TEXT NOT NULL DEFAULT '{}',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, conversation_id)
);
CREATE INDEX conversations_person ON conversations (person_id);
