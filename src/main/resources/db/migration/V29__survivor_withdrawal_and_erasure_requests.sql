-- The survivor's choices about their own data (rights/). A withdrawal: when, from which status, the worker (or the
-- queue, when none) who is told, and whether the survivor was told that a duty to a child at risk still stands. The
-- worker marks it seen.
create table case_withdrawal (
    id                   uuid         primary key,
    case_id              uuid         not null references survivor_case (id),
    withdrawn_at         timestamptz  not null,
    withdrawn_by_role    varchar(32)  not null,
    from_status          varchar(32)  not null,
    worker_subject       varchar(255),
    child_duty_explained boolean      not null,
    seen_at              timestamptz,
    seen_by              varchar(255)
);
create index case_withdrawal_unseen_idx on case_withdrawal (withdrawn_at, id) where seen_at is null;
create index case_withdrawal_case_idx on case_withdrawal (case_id);

-- An erasure request: the survivor's optional words (encrypted), the one-calendar-month clock, and the lead's
-- decision per category (null until decided) with the reasons sent to the survivor (encrypted).
create table erasure_request (
    id                     uuid         primary key,
    case_id                uuid         not null references survivor_case (id),
    made_at                timestamptz  not null,
    due_at                 timestamptz  not null,
    made_by_role           varchar(32)  not null,
    words_ciphertext       bytea,
    decided_at             timestamptz,
    decided_by             varchar(255),
    reasons_ciphertext     bytea,
    -- Comma-separated rights.ErasureCategory names the lead erased; the rest of the record was restricted.
    erased                 varchar(200),
    restricted             boolean
);
create index erasure_request_open_idx on erasure_request (due_at, id) where decided_at is null;
create index erasure_request_case_idx on erasure_request (case_id, made_at);

-- Restricted by an erasure decision: kept for storage and legal claims, no longer worked on (cases/Workflow refuses).
alter table survivor_case add column restricted_at timestamptz;
