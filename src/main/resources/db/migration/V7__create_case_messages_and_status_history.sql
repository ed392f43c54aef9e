-- Secure messages between a survivor and the hub, and information the survivor adds later without retelling.
-- Free text, so encrypted like every other (security.FieldCipher), bound to this table, column and row.
create table case_message (
    id              uuid         primary key,
    case_id         uuid         not null references survivor_case (id),
    -- MESSAGE (either way) or ADDITION (more information from the survivor).
    kind            varchar(16)  not null,
    author_role     varchar(32)  not null,
    author_subject  varchar(255) not null,
    body_ciphertext bytea        not null,
    sent_at         timestamptz  not null
);
create index case_message_case_idx on case_message (case_id, sent_at);

-- Every change of a case's status, with who and when: the survivor's timeline and the hub's record.
create table case_status_change (
    id               uuid        primary key,
    case_id          uuid        not null references survivor_case (id),
    from_status      varchar(32) not null,
    to_status        varchar(32) not null,
    changed_at       timestamptz not null,
    changed_by_role  varchar(32) not null
);
create index case_status_change_case_idx on case_status_change (case_id, changed_at);

-- Where a case was when the survivor paused it, so resuming returns it there.
alter table survivor_case add column paused_from varchar(32);
