-- Append-only, hash-chained audit log of every read and change of a survivor's record.
create table audit_event (
    id            bigint       generated always as identity primary key,
    occurred_at   timestamptz  not null,
    actor_subject varchar(255) not null,
    actor_role    varchar(32)  not null,
    action        varchar(64)  not null,
    record_type   varchar(64)  not null,
    record_id     uuid,
    purpose       varchar(500),
    previous_hash bytea,
    hash          bytea        not null
);
create index audit_event_record_idx on audit_event (record_id, occurred_at);

-- The log is evidence: once written, no row may change or disappear, whoever asks.
create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
