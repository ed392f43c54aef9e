-- Anonymous intake. A survivor without an account gets a receipt code (20 digits) that opens their one case.
-- The code itself is never stored: only its Argon2id hash keyed with the installation's receipt key, which is
-- deterministic so a code is found by an index lookup.
create table receipt (
    case_id          uuid         primary key references survivor_case (id),
    -- The pseudonymous owner of an anonymous case ("receipt:<uuid>"), the same value as survivor_case.owner_subject.
    owner_subject    varchar(255) not null unique,
    code_hash        bytea        not null unique,
    -- HMAC of the client's Idempotency-Key: a retried submission finds its case without the key being stored.
    idempotency_hmac bytea        not null unique,
    -- The receipt code sealed under a key derived from the client's Idempotency-Key (which the service never
    -- stores), so only a retry of the same submission can be answered with the same code.
    replay_ciphertext bytea       not null,
    created_at       timestamptz  not null
);

-- A session opened with a receipt code: only the SHA-256 of its random token is kept.
create table anonymous_session (
    token_hash    bytea        primary key,
    owner_subject varchar(255) not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null
);
create index anonymous_session_expiry_idx on anonymous_session (expires_at);

-- Fixed-window attempt counters for rate limits shared by every service instance (security.AttemptLimiter).
-- Buckets name a purpose and an HMAC of the client address, never the address itself.
create table attempt_window (
    bucket       varchar(200) not null,
    window_start timestamptz  not null,
    attempts     integer      not null,
    primary key (bucket, window_start)
);
