-- The case workflow (casework.Workflow): the side states return to a main-line status; closure is proposed by one
-- caseworker, with written reasons for the survivor (encrypted), and signed off by another.
alter table survivor_case add column side_return                varchar(32);
alter table survivor_case add column closure_proposed_by        varchar(255);
alter table survivor_case add column closure_reasons_ciphertext bytea;

-- The latest screening's outcome, kept on the case for the queue's order and filters (the screenings themselves,
-- with who and why, are in case_screening). risk_rank: 0 High (or unscreened with someone at risk now),
-- 1 unscreened, 2 Medium, 3 Low.
alter table survivor_case add column risk          varchar(8);
alter table survivor_case add column risk_rank     smallint not null default 1;
alter table survivor_case add column child_at_risk boolean  not null default false;
update survivor_case c set risk_rank = 0
  where exists (select 1 from referral r where r.case_id = c.id and r.current_risk);

-- The queue: open cases, most urgent first, oldest first within a risk (until the charter's deadlines join).
drop index survivor_case_queue_idx;
create index survivor_case_queue_idx on survivor_case (risk_rank, opened_at, id) where status <> 'CLOSED';
create index survivor_case_status_idx on survivor_case (status, risk_rank, opened_at, id);

-- Who moved a case and why (the reason is free text, so encrypted, bound to this table, column and row).
alter table case_status_change add column changed_by_subject varchar(255);
alter table case_status_change add column reason_ciphertext  bytea;

-- Every screening of a case, kept: the newest is in force.
create table case_screening (
    id                      uuid         primary key,
    case_id                 uuid         not null references survivor_case (id),
    screened_at             timestamptz  not null,
    screened_by_subject     varchar(255) not null,
    -- ADULT_NON_RECENT, CHILD_AT_RISK or BOTH.
    subject_type            varchar(20)  not null,
    immediate_danger        boolean      not null,
    child_under_13          boolean      not null,
    learning_disability     boolean      not null,
    child_exploitation      boolean      not null,
    -- The caseworker's judgement, and the level after the standard overrides (which are listed by name).
    assessed_risk           varchar(8)   not null,
    risk                    varchar(8)   not null,
    overrides               varchar(200),
    enhanced_rights         boolean      not null,
    -- SURVIVOR_AGREED, SURVIVOR_DECLINED, NOT_YET_ASKED or CHILD_RISK_OVERRIDE.
    police_referral         varchar(24)  not null,
    rationale_ciphertext    bytea
);
create index case_screening_case_idx on case_screening (case_id, screened_at desc);

-- Onward referrals to partners, gated by the survivor's matching consent or a recorded child-at-risk override.
create table onward_referral (
    id                         uuid         primary key,
    case_id                    uuid         not null references survivor_case (id),
    -- POLICE, ISVA, HEALTH, MASH, VOLUNTARY_SECTOR.
    partner                    varchar(20)  not null,
    -- PROPOSED, SENT, ACCEPTED, DECLINED, DONE, WITHDRAWN.
    status                     varchar(12)  not null,
    -- CONSENT or CHILD_RISK_OVERRIDE.
    basis                      varchar(24)  not null,
    override_reason_ciphertext bytea,
    proposed_at                timestamptz  not null,
    proposed_by_subject        varchar(255) not null,
    version                    bigint       not null default 0
);
create index onward_referral_case_idx on onward_referral (case_id, proposed_at);

create table onward_referral_change (
    id                 uuid         primary key,
    referral_id        uuid         not null references onward_referral (id),
    from_status        varchar(12),
    to_status          varchar(12)  not null,
    changed_at         timestamptz  not null,
    changed_by_subject varchar(255) not null,
    changed_by_role    varchar(32)  not null
);
create index onward_referral_change_idx on onward_referral_change (referral_id, changed_at);

-- Openings of a case assigned to someone else ("break-glass"), for review: the reason from a fixed list (also on
-- the audit row, so it is not free text) and the caseworker's explanation (free text, so encrypted).
create table break_glass_access (
    id                     uuid         primary key,
    case_id                uuid         not null references survivor_case (id),
    opened_by_subject      varchar(255) not null,
    opened_at              timestamptz  not null,
    reason                 varchar(40)  not null,
    explanation_ciphertext bytea        not null,
    assignee_subject  varchar(255) not null,
    reviewed_at       timestamptz,
    reviewed_by       varchar(255)
);
create index break_glass_access_review_idx on break_glass_access (opened_at desc) where reviewed_at is null;
create index break_glass_access_case_idx on break_glass_access (case_id, opened_by_subject, opened_at desc);

-- Contact outside the portal follows the survivor's contact-safety plan: a caseworker's message records the channel
-- it went by, and why, if the plan (or the case's status) forbade it and it went ahead anyway.
alter table case_message add column channel varchar(16) not null default 'PORTAL';
alter table case_message add column override_reason_ciphertext bytea;
