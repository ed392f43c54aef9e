-- The records retention schedule, versioned like the charter: each version's file as published
-- (records/retention-schedule-v<n>.json, or the council's own file), stored when first used and never changed
-- afterwards (retention.RetentionCatalogue refuses a changed one). A disposal names the version it ran under.
create table retention_schedule_version (
    version        integer      primary key,
    effective_from date         not null,
    title          varchar(200) not null,
    definition     text         not null,
    sha256         varchar(64)  not null,
    loaded_at      timestamptz  not null
);

-- A legal hold on a case (an inquiry, a complaint to the Ombudsman, litigation): set by a lead with a reason, it
-- stops every disposal of the case until released with a reason. Reasons are free text, so encrypted
-- (security.FieldCipher), bound to this table, column and row. A case may carry several holds at once.
create table legal_hold (
    id                        uuid         primary key,
    case_id                   uuid         not null references survivor_case (id),
    -- INQUIRY, OMBUDSMAN_COMPLAINT, LITIGATION, OTHER.
    category                  varchar(24)  not null
        check (category in ('INQUIRY', 'OMBUDSMAN_COMPLAINT', 'LITIGATION', 'OTHER')),
    reason_ciphertext         bytea        not null,
    set_at                    timestamptz  not null,
    set_by_subject            varchar(255) not null,
    released_at               timestamptz,
    released_by_subject       varchar(255),
    release_reason_ciphertext bytea,
    constraint legal_hold_release_complete check ((released_at is null) = (released_by_subject is null)
        and (released_at is null) = (release_reason_ciphertext is null))
);
create index legal_hold_current_idx on legal_hold (case_id) where released_at is null;
create index legal_hold_set_idx on legal_hold (set_at desc);
