-- Anonymous intake. A survivor without an account gets a receipt code (20 digits) that opens their one case.
-- The code itself is never stored: only its Argon2id hash keyed with the installation's receipt key, which is
-- deterministic so a code is found by an index lookup.
create table receipt (
    -- The pseudonymous owner ("receipt:<uuid>") of what the code opens: a draft, then the one case sent from it
    -- (survivor_case.owner_subject). A code is handed out before anything is written, so a draft can be resumed.
    owner_subject     varchar(255) primary key,
    code_hash         bytea        not null unique,
    -- For submissions through the API only: the HMAC of the client's Idempotency-Key, so a retried submission finds
    -- its case without the key being stored ...
    idempotency_hmac  bytea        unique,
    -- ... and the receipt code sealed under a key derived from that Idempotency-Key (which the service never
    -- stores), so only a retry of the same submission can be answered with the same code.
    replay_ciphertext bytea,
    created_at        timestamptz  not null
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
