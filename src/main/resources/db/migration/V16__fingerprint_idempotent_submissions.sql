-- A retried submission replays the first answer only when it carries the same request: the keyed hash (HMAC with the
-- installation's receipt key, so the account cannot be confirmed by guessing it) of the canonical submission is kept
-- beside the Idempotency-Key. The same key with another body is refused (422), never silently answered with the
-- first case. Rows stored before this migration have none, and a retry of one of them is refused the same way: a
-- client that then sends with a new key stores the account, where a replay could have dropped it.
alter table referral add column request_fingerprint bytea;
alter table receipt add column request_fingerprint bytea;
