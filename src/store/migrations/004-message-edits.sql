-- A message the bot keeps up to date (a consultation round's live count) is edited, not sent
-- again: the outbox remembers the platform's id for each message it sent, and an entry may be
-- an edit of an earlier one.
ALTER TABLE outbox ADD COLUMN sent_message_id TEXT;
-- The key of the entry whose message this entry replaces. A newer queued edit of the same
-- message makes an older one unnecessary: only the latest is applied.
ALTER TABLE outbox ADD COLUMN edit_of TEXT;
CREATE INDEX outbox_edit_of ON outbox (edit_of, status);
