-- Disposal is never silent. The proposal job (retention.DisposalProposals) lists what the schedule says is due; a lead
-- approves the list or removes items from it with a reason; only approved items are destroyed. The row outlives what
-- it names: after destruction it is the record of the disposal (what, which case by reference and id, under which
-- rule and schedule version, due since when, who approved, when destroyed). No foreign key to the case, which goes.
create table disposal_item (
    id                        uuid         primary key,
    -- A kind of record from the schedule (retention.RecordKind), e.g. CASE_RECORD.
    kind                      varchar(32)  not null,
    case_id                   uuid         not null,
    case_reference            varchar(11)  not null,
    schedule_version          integer      not null references retention_schedule_version (version),
    -- The rule's period as the schedule said it (e.g. P75Y) and the event it ran from.
    rule_keep                 varchar(32)  not null,
    rule_from                 varchar(32)  not null,
    due_since                 timestamptz  not null,
    proposed_at               timestamptz  not null,
    -- PROPOSED, DESTROYED (approved and destroyed), REMOVED (a lead took it off the list, with a reason), WITHDRAWN
    -- (no longer due when looked at again: reopened or put under a legal hold).
    status                    varchar(12)  not null
        check (status in ('PROPOSED', 'DESTROYED', 'REMOVED', 'WITHDRAWN')),
    decided_at                timestamptz,
    decided_by_subject        varchar(255),
    removal_reason_ciphertext bytea,
    -- For WITHDRAWN: HELD or NOT_DUE (no free text).
    withdrawn_because         varchar(16),
    destroyed_at              timestamptz
);
-- Each case is on the open list at most once, whichever instance's job proposes it.
create unique index disposal_item_proposed_uq on disposal_item (case_id) where status = 'PROPOSED';
create index disposal_item_case_idx on disposal_item (case_id, decided_at);
create index disposal_item_proposed_idx on disposal_item (status, due_since);

-- Housekeeping removes short-lived operational rows automatically, as the schedule says, but not silently: each run
-- records how many rows each rule removed.
create table housekeeping_run (
    id               bigint       generated always as identity primary key,
    ran_at           timestamptz  not null,
    schedule_version integer      not null references retention_schedule_version (version),
    kind             varchar(32)  not null,
    removed          integer      not null
);
create index housekeeping_run_ran_idx on housekeeping_run (ran_at);
