-- A survivor closed their portal account: their sign-in was disabled in Keycloak (rights/AccountClosures). The
-- subject is Keycloak's user id, which the hub needs to enable the account again when the survivor comes back.
create table account_closure (
    id          uuid         primary key,
    subject     varchar(255) not null,
    closed_at   timestamptz  not null
);
create index account_closure_subject_idx on account_closure (subject);
