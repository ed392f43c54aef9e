-- Who works a case. The name is what the survivor is told ("your worker"): the caseworker's first name.
alter table survivor_case add column assignee_subject varchar(255);
alter table survivor_case add column assignee_name    varchar(100);
alter table survivor_case add column assigned_at      timestamptz;
create index survivor_case_assignee_idx on survivor_case (assignee_subject);

-- Caseworkers the service has seen (remembered when they use the triage queue), so a case can be assigned to a
-- colleague by their identity without asking the identity provider's admin API.
create table staff_member (
    subject      varchar(255) primary key,
    display_name varchar(100) not null,
    last_seen_at timestamptz  not null
);
