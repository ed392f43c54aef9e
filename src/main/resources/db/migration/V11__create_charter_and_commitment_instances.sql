-- The Survivor's Charter, versioned: each version's definition as published (charter/charter-v<n>.json), loaded at
-- start and never changed afterwards (charter.CharterCatalogue refuses a changed one).
create table charter_version (
    version        integer      primary key,
    effective_from date         not null,
    title          varchar(200) not null,
    definition     text         not null,
    sha256         varchar(64)  not null,
    loaded_at      timestamptz  not null
);

-- The version a case started under: a new version applies to cases opened after its effective date only.
alter table survivor_case add column charter_version integer references charter_version (version);

-- One promise on one case: created and moved by case events (charter.CharterService), never by hand.
create table commitment_instance (
    id                       uuid         primary key,
    case_id                  uuid         not null references survivor_case (id),
    charter_version          integer      not null references charter_version (version),
    commitment_id            varchar(10)  not null,
    -- PENDING, MET, MISSED, WAIVED, PAUSED, ENDED (the case closed while it ran).
    status                   varchar(10)  not null,
    started_at               timestamptz  not null,
    started_by_event         varchar(40)  not null,
    -- Null while paused; the time left is kept in remaining_seconds and the clock resumes with it.
    due_at                   timestamptz,
    remaining_seconds        bigint,
    met_at                   timestamptz,
    met_by_event             varchar(40),
    met_by_subject           varchar(255),
    met_by_role              varchar(32),
    missed_at                timestamptz,
    waived_at                timestamptz,
    waiver_reason_ciphertext bytea,
    version                  bigint       not null default 0
);
create index commitment_instance_case_idx on commitment_instance (case_id, started_at);
create index commitment_instance_due_idx on commitment_instance (due_at) where status = 'PENDING';

-- A breach the escalation job found: one row per missed commitment, whatever runs the job and how often.
create table charter_escalation (
    id                     uuid        primary key,
    commitment_instance_id uuid        not null unique references commitment_instance (id),
    case_id                uuid        not null references survivor_case (id),
    escalated_at           timestamptz not null
);
create index charter_escalation_case_idx on charter_escalation (case_id);

-- The queue's order with the charter: cases with a missed promise not yet done (breach_rank 0) first, then risk,
-- then the nearest charter deadline.
-- next_due_at is the earliest pending deadline, or 9999-12-31 when none is running (charter.CharterService).
alter table survivor_case add column breach_rank smallint    not null default 1;
alter table survivor_case add column next_due_at timestamptz not null default '9999-12-31T00:00:00Z';
drop index survivor_case_queue_idx;
create index survivor_case_queue_idx on survivor_case (breach_rank, risk_rank, next_due_at, id) where status <> 'CLOSED';
drop index survivor_case_status_idx;
create index survivor_case_status_idx on survivor_case (status, breach_rank, risk_rank, next_due_at, id);

-- What a survivor asks of the hub beyond their case: a copy of their records, or a complaint (its words encrypted).
-- Each starts a charter promise (C9, C10); the hub answering it meets the promise.
create table survivor_request (
    id               uuid         primary key,
    case_id          uuid         not null references survivor_case (id),
    -- RECORDS or COMPLAINT.
    kind             varchar(16)  not null,
    text_ciphertext  bytea,
    made_at          timestamptz  not null,
    made_by_role     varchar(32)  not null,
    answered_at      timestamptz,
    answered_by      varchar(255)
);
create index survivor_request_case_idx on survivor_request (case_id, made_at);

-- How often the survivor agreed to hear from their worker (days); the charter's C5 follows it, never beyond 28.
alter table survivor_case add column contact_every_days smallint check (contact_every_days between 1 and 28);

-- The contact-safety plan's checkable safe windows (casework.SafeWindow names, comma-separated; null: any time).
alter table contact_plan_version add column safe_windows varchar(100);

-- A safe phone number and e-mail address for the channels the survivor allows (optional; encrypted).
alter table contact_plan_version add column phone_ciphertext bytea;
alter table contact_plan_version add column email_ciphertext bytea;

-- Neutral notices outside the portal ("there is something new, sign in to read it"): queued when the hub writes in
-- the portal and the plan allows e-mail, sent only inside a safe window, never carrying the case's words.
create table outbound_notice (
    id                 uuid        primary key,
    case_id            uuid        not null references survivor_case (id),
    channel            varchar(16) not null,
    queued_at          timestamptz not null,
    sent_at            timestamptz,
    cancelled_at       timestamptz,
    attempts           integer     not null default 0
);
create index outbound_notice_queue_idx on outbound_notice (queued_at) where sent_at is null and cancelled_at is null;

-- A promise still running when the case closed is ENDED: no longer owed and left out of the board's rates.
alter table commitment_instance add column ended_at timestamptz;
-- What a repeating promise is about (a survivor_request), so answering one request keeps only its own promise.
alter table commitment_instance add column about_id uuid;
