-- What a survivor has typed so far in the intake steps, saved at every step so nothing is lost. One draft per
-- person (signed-in subject or receipt owner). The whole draft is one ciphertext: it holds the account text.
create table intake_draft (
    id                 uuid         primary key,
    owner_subject      varchar(255) not null unique,
    payload_ciphertext bytea        not null,
    updated_at         timestamptz  not null
);
