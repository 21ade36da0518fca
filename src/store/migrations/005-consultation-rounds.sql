-- Issue 4: consultation rounds (workshop, dialogue, remiss). A facilitator opens a round in a
-- channel or group chat; participants give inputs, facilitators sort and prioritise them, and
-- a remiss is answered once per invited organisation.

-- One round: where it lives (the conversation its message is posted to), when it takes
-- inputs, and how anonymous they are.
CREATE TABLE rounds (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('workshop', 'dialogue', 'remiss')),
  title TEXT NOT NULL,
  -- Who is asked, in the facilitator's words ("Partnerskapet", "Norra länsdelen").
  audience TEXT NOT NULL DEFAULT '',
  -- The county's sub-area (länsdel) a dialogue is held in; empty for the whole county.
  area TEXT NOT NULL DEFAULT '',
  -- named: names are shown with inputs; facilitators: only facilitators see who wrote what;
  -- anonymous: no input row holds a person (see round_secret).
  anonymity TEXT NOT NULL CHECK (anonymity IN ('named', 'facilitators', 'anonymous')),
  -- JSON list of the tag ids (data/rus-tags.json) participants may choose.
  tags TEXT NOT NULL DEFAULT '[]',
  platform TEXT NOT NULL CHECK (platform IN ('shell', 'slack', 'teams')),
  conversation_id TEXT NOT NULL,
  -- The language of the round's message in the shared conversation.
  locale TEXT NOT NULL CHECK (locale IN ('sv', 'en')),
  opens_at TEXT NOT NULL,
  closes_at TEXT NOT NULL,
  -- Set once, by the closing job or a facilitator; closed_by is NULL when the clock closed it.
  closed_at TEXT,
  closed_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
  -- Dot-voting: each participant's number of votes, and when voting ran.
  votes_per_person INTEGER CHECK (votes_per_person BETWEEN 1 AND 20),
  voting_started_at TEXT,
  voting_ended_at TEXT,
  -- Raised with every change of the live counts: the edit's outbox key (round:<id>:edit:<n>).
  live_version INTEGER NOT NULL DEFAULT 0,
  -- Inputs are numbered per round (#1, #2 …), so facilitators can name them.
  last_number INTEGER NOT NULL DEFAULT 0,
  created_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (closes_at > opens_at)
);
CREATE INDEX rounds_open ON rounds (closed_at, closes_at);
CREATE INDEX rounds_conversation ON rounds (platform, conversation_id);

-- The questions a round asks, in order.
CREATE TABLE round_prompts (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (round_id, position)
);

-- A remiss's invited organisations, each answered for by one contact (found by e-mail).
CREATE TABLE round_organisations (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  organisation_type TEXT NOT NULL DEFAULT '',
  municipality TEXT NOT NULL DEFAULT '',
  contact_name TEXT NOT NULL DEFAULT '',
  contact_person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
  -- An extension granted by a facilitator: this organisation's own deadline.
  deadline TEXT,
  extended_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
  extended_at TEXT,
  -- The contact asked for more time: until when, and why.
  more_time_until TEXT,
  more_time_reason TEXT,
  more_time_asked_at TEXT,
  added_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (round_id, name)
);
CREATE INDEX round_organisations_contact ON round_organisations (contact_person_id);

-- Duplicates a facilitator merged: a theme stands for its inputs in prioritisation.
CREATE TABLE round_themes (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  created_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);

-- One input (or a remiss organisation's answer). author_key is an HMAC of (round, person)
-- under round_secret: the author finds their own inputs with it, and in an anonymous round
-- person_id stays NULL, so nothing a facilitator can see through the bot names the author.
CREATE TABLE round_inputs (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  prompt_id INTEGER REFERENCES round_prompts (id) ON DELETE SET NULL,
  person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
  author_key TEXT NOT NULL,
  organisation_id INTEGER REFERENCES round_organisations (id) ON DELETE CASCADE,
  -- As the person wrote it (control and direction characters removed); doors escape it.
  text TEXT NOT NULL,
  document_url TEXT,
  -- Where the author belongs, from the guest lists or the remiss list, for the summary.
  organisation TEXT NOT NULL DEFAULT '',
  organisation_type TEXT NOT NULL DEFAULT '',
  municipality TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('form', 'reply')),
  theme_id INTEGER REFERENCES round_themes (id) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn', 'hidden')),
  -- Hidden by a facilitator: kept, with who, when and why.
  hidden_reason TEXT,
  hidden_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
  hidden_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (round_id, number),
  CHECK (status <> 'hidden' OR hidden_reason IS NOT NULL)
);
CREATE INDEX round_inputs_author ON round_inputs (round_id, author_key);
-- One answer per organisation in a remiss.
CREATE UNIQUE INDEX round_inputs_organisation ON round_inputs (round_id, organisation_id)
  WHERE organisation_id IS NOT NULL;

CREATE TABLE round_input_tags (
  input_id INTEGER NOT NULL REFERENCES round_inputs (id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (input_id, tag)
);

-- Dot-votes: one row per dot, on an input or a theme. voter_key is an HMAC like author_key.
CREATE TABLE round_votes (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  voter_key TEXT NOT NULL,
  input_id INTEGER REFERENCES round_inputs (id) ON DELETE CASCADE,
  theme_id INTEGER REFERENCES round_themes (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  CHECK ((input_id IS NULL) <> (theme_id IS NULL))
);
CREATE INDEX round_votes_voter ON round_votes (round_id, voter_key);

-- What facilitators did to a round and its inputs (hide, re-tag, merge, extend, close …):
-- who, when, and the details as JSON.
CREATE TABLE round_actions (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  input_id INTEGER REFERENCES round_inputs (id) ON DELETE CASCADE,
  organisation_id INTEGER REFERENCES round_organisations (id) ON DELETE CASCADE,
  action TEXT NOT NULL CHECK (action IN (
    'open', 'hide', 'unhide', 'retag', 'merge', 'unmerge', 'extend', 'voting-start',
    'voting-end', 'close')),
  detail TEXT NOT NULL DEFAULT '{}',
  person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
  at TEXT NOT NULL
);
CREATE INDEX round_actions_round ON round_actions (round_id, id);

-- The server's secret for author_key and voter_key, made once at random and kept in a table of
-- its own. Whoever holds the database file holds the secret too, and could work out who wrote
-- an anonymous input by trying every person; a facilitator using the bot sees neither.
CREATE TABLE round_secret (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL
);
