-- A session logged offline is sent again when the network returns; its idempotency key makes a repeat return the
-- first result instead of logging the session twice (issue 15). Keys are the client's own, unique per owner.
ALTER TABLE completion ADD COLUMN idempotency_key VARCHAR(64);

CREATE UNIQUE INDEX uk_completion_idempotency ON completion (owner_id, idempotency_key);
