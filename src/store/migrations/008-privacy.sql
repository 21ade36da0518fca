-- Issue 6, privacy: a person's data can be erased, and diet, allergy and accessibility details
-- do not outlive the forum they were given for.

-- Set when the person was erased. The row itself stays, with no name, e-mail or identity, as
-- the anonymous holder of the rows that figures count (a registration, a guest-list answer, a
-- rating): those columns cannot be NULL, and counts by organisation type, municipality and
-- gender must not change when someone leaves. Their next message makes a new, empty person.
ALTER TABLE people ADD COLUMN erased_at TEXT;

-- When the retention job cleared the forum's registrations' diet, allergy and accessibility
-- details (PERSONAL_DETAILS_RETENTION_DAYS after the forum ended); NULL until then.
ALTER TABLE forums ADD COLUMN details_cleared_at TEXT;
