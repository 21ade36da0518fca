-- Issue 3: a whole Framtidsforum season. Roles, guest lists, an outbox for every message the
-- bot sends on its own, waitlists, attendance, evaluations and short-lived downloads.

-- Roles are granted by an admin in chat; the first admins come from configuration.
CREATE TABLE roles (
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'facilitator')),
  granted_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
  granted_at TEXT NOT NULL,
  PRIMARY KEY (person_id, role)
);

-- A door's own data for reaching an identity it found by e-mail before the person ever
-- wrote to the bot (Teams: service URL and tenant from the team roster).
ALTER TABLE identities ADD COLUMN reference TEXT NOT NULL DEFAULT '{}';

ALTER TABLE forums ADD COLUMN registration_opens_at TEXT;
-- The short code shown at the venue for self check-in; the same both days.
ALTER TABLE forums ADD COLUMN checkin_code TEXT;
-- Practical information (travel, parking, what to bring) sent a few days before.
ALTER TABLE forums ADD COLUMN practical_info TEXT NOT NULL DEFAULT '';
ALTER TABLE forums ADD COLUMN updated_at TEXT;

-- Registrations gain a waitlist. SQLite cannot change a CHECK constraint in place, so the
-- table is rebuilt; nothing references it yet.
CREATE TABLE registrations_new (
  id INTEGER PRIMARY KEY,
  forum_id INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  -- registered: holds a seat. waitlisted: in line, by queued_at. offered: a seat is held for
  -- them until offered_until. cancelled: by them, a coordinator, or an offer that lapsed.
  status TEXT NOT NULL CHECK (status IN ('registered', 'waitlisted', 'offered', 'cancelled')),
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
  -- When the person joined the line (or got their seat): the waitlist's order.
  queued_at TEXT NOT NULL,
  offered_until TEXT,
  cancel_reason TEXT CHECK (cancel_reason IN ('self', 'declined', 'lapsed', 'coordinator')),
  -- Raised on every change, so a calendar entry sent again replaces the one before.
  calendar_sequence INTEGER NOT NULL DEFAULT 0,
  -- Set once the forum is over: attended (checked in at least once) or no_show.
  attendance TEXT CHECK (attendance IN ('attended', 'no_show')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (forum_id, person_id)
);
INSERT INTO registrations_new (id, forum_id, person_id, status, organisation, role_title,
  lunch_day1, dinner_day1, overnight, breakfast_day2, lunch_day2, diet, accessibility,
  invoice_reference, queued_at, cancel_reason, created_at, updated_at)
SELECT id, forum_id, person_id, status, organisation, role_title, lunch_day1, dinner_day1,
  overnight, breakfast_day2, lunch_day2, diet, accessibility, invoice_reference, created_at,
  CASE status WHEN 'cancelled' THEN 'self' END, created_at, updated_at
FROM registrations;
DROP TABLE registrations;
ALTER TABLE registrations_new RENAME TO registrations;
CREATE INDEX registrations_forum_status ON registrations (forum_id, status, queued_at);

-- The guest list of one forum, as the coordinators keep it. A person row is found or made by
-- e-mail on import, so a re-import updates and a later chat identity links by itself.
CREATE TABLE invitees (
  id INTEGER PRIMARY KEY,
  forum_id INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  organisation_type TEXT NOT NULL,
  municipality TEXT NOT NULL DEFAULT '',
  role_title TEXT NOT NULL DEFAULT '',
  -- Self-reported, optional; only ever shown as counts of five or more.
  gender TEXT CHECK (gender IN ('woman', 'man', 'other')),
  answer TEXT CHECK (answer IN ('yes', 'no', 'substituted')),
  answered_at TEXT,
  -- Set on a colleague named as substitute: whose invitation they took over.
  substitute_for INTEGER REFERENCES invitees (id) ON DELETE SET NULL,
  imported_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (forum_id, person_id)
);
CREATE INDEX invitees_forum ON invitees (forum_id, answer);

-- Every message the bot sends on its own goes through here, written in the same transaction
-- as the change that causes it. The unique key makes each send happen once however often it
-- is asked for (a restart, a second process, a double click).
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  purpose TEXT NOT NULL,
  -- Either a person (their personal chat on a platform where we can reach them)...
  person_id INTEGER REFERENCES people (id) ON DELETE CASCADE,
  -- ...or a conversation (a channel).
  platform TEXT CHECK (platform IN ('shell', 'slack', 'teams')),
  conversation_id TEXT,
  -- JSON: { view, attachments: [{ name, mediaType, label, base64 }], locale }.
  message TEXT NOT NULL,
  not_before TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN (
    'queued', 'sending', 'sent', 'unreachable', 'failed', 'unconfirmed', 'withdrawn')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- When a courier took it; a send still 'sending' long after is from a process that died.
  claimed_at TEXT,
  error TEXT,
  sent_at TEXT,
  sent_platform TEXT,
  sent_conversation_id TEXT,
  created_at TEXT NOT NULL,
  CHECK ((person_id IS NULL) <> (conversation_id IS NULL))
);
CREATE INDEX outbox_due ON outbox (status, not_before);

CREATE TABLE attendance (
  registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
  day INTEGER NOT NULL CHECK (day IN (1, 2)),
  checked_in_at TEXT NOT NULL,
  -- NULL: the person checked in themselves with the venue's code.
  checked_in_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
  PRIMARY KEY (registration_id, day)
);

-- One answer per person and forum. Summaries never show who said what.
CREATE TABLE evaluations (
  forum_id INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment TEXT NOT NULL DEFAULT '',
  submitted_at TEXT NOT NULL,
  PRIMARY KEY (forum_id, person_id)
);

-- Files a door serves by link (Teams cannot attach files to a bot's message). The token is
-- unguessable and the row expires, because exports hold personal data.
CREATE TABLE downloads (
  token TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  content BLOB NOT NULL,
  person_id INTEGER REFERENCES people (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX downloads_expiry ON downloads (expires_at);
