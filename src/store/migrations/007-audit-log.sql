-- Issue 6, trust: what admins, coordinators and facilitators did with other people's data
-- (looked at a guest list, exported figures, granted a role), who did it and when. Rows are
-- only added, never changed. The subject holds ids and choices ("forum=3 format=csv"), never
-- free text, diets or allergies: the log must not become a second copy of what it guards.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  -- An erased person keeps their row (migration 008), so the reference stays valid and says
  -- "person 12" and nothing more about them.
  person_id INTEGER NOT NULL REFERENCES people (id),
  command TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
