-- A survivor's case: what the hub works on and what the survivor follows.
create table survivor_case (
    id            uuid         primary key,
    -- Shown to people: short, random, not sequential (casework.CaseReference).
    reference     varchar(11)  not null unique,
    -- The OIDC subject of the survivor who owns the case; every survivor query filters on it.
    owner_subject varchar(255) not null,
    status        varchar(32)  not null,
    opened_at     timestamptz  not null,
    version       bigint       not null default 0
);
create index survivor_case_owner_idx on survivor_case (owner_subject, opened_at desc);
create index survivor_case_queue_idx on survivor_case (opened_at, id);

-- What the survivor submitted. Free text is stored only as AEAD ciphertext (security.FieldCipher), bound to
-- table, column and row id.
create table referral (
    id                 uuid         primary key,
    case_id            uuid         not null references survivor_case (id),
    owner_subject      varchar(255) not null,
    -- The client's Idempotency-Key: a retried submission returns the first result instead of a second case.
    idempotency_key    varchar(100) not null,
    account_ciphertext bytea,
    submitted_at       timestamptz  not null,
    constraint referral_idempotency_uq unique (owner_subject, idempotency_key)
);
create index referral_case_idx on referral (case_id);
