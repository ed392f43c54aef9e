-- Two database roles. Flyway migrates as the owner of the schema (this script runs as it); the service connects as
-- ${app_role}, which can read and write the casework tables but can only add to and read the audit trail. The owner
-- of a table can switch its triggers off, so the append-only rule below only binds a role that is not the owner.

-- The request no longer computes the chain: it inserts its row with no lock, and a single sealer (audit.AuditSealer)
-- chains the rows later, in the order their transactions committed, with a keyed MAC. The old unkeyed hash columns
-- prove nothing the keyed seal does not, and anyone able to rewrite a row could recompute them.
alter table audit_event drop column previous_hash;
alter table audit_event drop column hash;

-- The transaction that wrote the row: the sealer only seals rows whose transaction ended before its snapshot began
-- (every older transaction is then either visible or gone), so a row that commits late is never skipped.
alter table audit_event add column tx xid8 not null default pg_current_xact_id();
create index audit_event_tx_idx on audit_event (tx);

-- Pseudonyms, never the raw values: a keyed hash of the session and of the client's address (security.RequestOrigin).
alter table audit_event add column session_ref varchar(64);
alter table audit_event add column client_ref varchar(64);

-- The chain: seal N covers event E and seal N-1 (HMAC with a key the database never holds). Numbers have no gaps.
create table audit_seal (
    seq      bigint primary key,
    event_id bigint not null unique references audit_event (id),
    mac      bytea  not null
);

-- Each sealing run's head, signed with the service's signing key, and also written outside the database
-- (the log and portal.audit.checkpoint-file), so cutting rows off the end is seen.
create table audit_checkpoint (
    id           bigint      generated always as identity primary key,
    sealed_at    timestamptz not null,
    head_seq     bigint      not null references audit_seal (seq),
    head_mac     bytea       not null,
    sealed_below xid8        not null,
    signature    bytea       not null
);

create trigger audit_seal_no_update_or_delete
    before update or delete on audit_seal
    for each row execute function audit_event_refuse_change();
create trigger audit_seal_no_truncate
    before truncate on audit_seal
    for each statement execute function audit_event_refuse_change();
create trigger audit_checkpoint_no_update_or_delete
    before update or delete on audit_checkpoint
    for each row execute function audit_event_refuse_change();
create trigger audit_checkpoint_no_truncate
    before truncate on audit_checkpoint
    for each statement execute function audit_event_refuse_change();

-- What the service may do: everything it needs on the casework tables, now and in later migrations (default
-- privileges of the owner), and on the audit trail only insert and select. It owns nothing, so it can neither alter
-- a table nor switch a trigger off; Flyway's own history is not its business.
grant usage on schema ${flyway:defaultSchema} to ${app_role};
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to ${app_role};
grant usage, select on all sequences in schema ${flyway:defaultSchema} to ${app_role};
alter default privileges in schema ${flyway:defaultSchema} grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema ${flyway:defaultSchema} grant usage, select on sequences to ${app_role};
revoke update, delete, truncate on audit_event, audit_seal, audit_checkpoint from ${app_role};
revoke all on ${flyway:table} from ${app_role};
