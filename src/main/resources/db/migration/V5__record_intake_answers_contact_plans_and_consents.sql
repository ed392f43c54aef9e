-- The structured answers of the intake form (no free text: nothing here needs encryption).
alter table referral add column subject      varchar(32);
alter table referral add column age_at_harm  varchar(32);
alter table referral add column current_risk boolean;

-- Contact-safety plans as history: a change adds a version, nothing is overwritten. The newest version is in force.
create table contact_plan_version (
    id                    uuid        primary key,
    case_id               uuid        not null references survivor_case (id),
    -- Comma-separated casework.ContactChannel names, empty when the survivor asked not to be contacted.
    channels              varchar(100) not null,
    voicemail             boolean,
    no_contact            boolean     not null,
    -- Free text, encrypted like every other (security.FieldCipher), bound to this table, column and row.
    safe_times_ciphertext bytea,
    code_word_ciphertext  bytea,
    recorded_at           timestamptz not null,
    recorded_by_role      varchar(32) not null
);
create index contact_plan_version_case_idx on contact_plan_version (case_id, recorded_at desc);

-- Consent per purpose as history: granting and withdrawing each add a row with its time.
create table consent_record (
    id               uuid        primary key,
    case_id          uuid        not null references survivor_case (id),
    purpose          varchar(32) not null,
    decision         varchar(32) not null,
    recorded_at      timestamptz not null,
    recorded_by_role varchar(32) not null
);
create index consent_record_case_idx on consent_record (case_id, purpose, recorded_at desc);
