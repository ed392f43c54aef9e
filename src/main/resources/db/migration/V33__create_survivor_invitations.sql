-- A caseworker's one-time invitation for the survivor to take over a case someone else referred (intake/referrer).
-- The code itself is never stored: only its HMAC (receipt key), which finds it again. It ends when accepted, when a
-- newer invitation replaces it, or at expires_at.
create table survivor_invitation (
    id          uuid         primary key,
    case_id     uuid         not null references survivor_case (id),
    code_hash   bytea        not null unique,
    created_at  timestamptz  not null,
    created_by  varchar(255) not null,
    expires_at  timestamptz  not null,
    ended_at    timestamptz
);
create index survivor_invitation_case_idx on survivor_invitation (case_id);
