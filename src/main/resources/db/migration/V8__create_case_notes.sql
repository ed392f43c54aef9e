-- Caseworkers' notes on a case, kept as history: an edit adds a version, nothing is overwritten.
create table case_note (
    id                 uuid         primary key,
    case_id            uuid         not null references survivor_case (id),
    created_at         timestamptz  not null,
    created_by_subject varchar(255) not null
);
create index case_note_case_idx on case_note (case_id, created_at);

create table case_note_version (
    id                        uuid         primary key,
    note_id                   uuid         not null references case_note (id),
    version                   integer      not null,
    -- Free text, encrypted (security.FieldCipher), bound to this table, column and row.
    text_ciphertext           bytea        not null,
    written_at                timestamptz  not null,
    written_by_subject        varchar(255) not null,
    -- Ids of the language-check terms the text contained (from casework/language-check.txt, never the text itself),
    -- and the caseworker's reason for keeping them, encrypted. Null when nothing was flagged.
    flagged_terms             varchar(500),
    confirm_reason_ciphertext bytea,
    constraint case_note_version_uq unique (note_id, version)
);
create index case_note_version_flagged_idx on case_note_version (written_at) where flagged_terms is not null;
