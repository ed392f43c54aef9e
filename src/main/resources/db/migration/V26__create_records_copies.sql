-- The survivor's copy of their records (charter C9; subjectaccess/): prepared when the survivor asks, reviewed by a
-- caseworker, released by a second one, and removed from the portal 30 days after release. The copy is full of free
-- text, so it is stored only encrypted (bound to this table, column and row). Once it expires the content is deleted
-- and the row stays: the fact that a copy was prepared, reviewed, released and expired is kept.
create table records_copy (
    id                  uuid primary key,
    case_id             uuid not null references survivor_case (id),
    request_id          uuid not null unique references survivor_request (id),
    prepared_at         timestamptz not null,
    content_ciphertext  bytea,
    item_count          integer not null,
    reviewed_by         varchar(255),
    reviewed_at         timestamptz,
    released_by         varchar(255),
    released_at         timestamptz,
    expires_at          timestamptz,
    expired_at          timestamptz,
    constraint records_copy_released_after_review check (released_at is null or reviewed_at is not null),
    constraint records_copy_content_until_expiry check ((expired_at is null) = (content_ciphertext is not null))
);
create index records_copy_case on records_copy (case_id);
-- The expiry job's search: released copies still held, by when they expire.
create index records_copy_due on records_copy (expires_at) where released_at is not null and expired_at is null;
