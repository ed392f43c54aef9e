-- Who told us (intake.referrer.ToldBy) for every referral from now on; null for referrals from before it was asked.
alter table referral add column told_by varchar(32);

-- Someone else's referral: the case belongs to the survivor (a placeholder owner until they accept an invitation),
-- and who sent it is kept here and nowhere else, with what they told us of themselves and of the survivor. Free text
-- only as AEAD ciphertext (security.FieldCipher), bound to this table, its column and the referral's id.
create table referral_referrer (
    referral_id               uuid         primary key references referral (id),
    case_id                   uuid         not null references survivor_case (id),
    referrer_subject          varchar(255) not null,
    -- The referrer's Idempotency-Key: their retry answers with the first referral instead of opening a second case.
    idempotency_key           varchar(100) not null,
    told_by                   varchar(32)  not null,
    name_ciphertext           bytea,
    role_ciphertext           bytea,
    organisation_ciphertext   bytea,
    contact_ciphertext        bytea,
    survivor_name_ciphertext  bytea,
    survivor_age              integer check (survivor_age between 0 and 120),
    survivor_age_band         varchar(32),
    survivor_knows            varchar(16),
    constraint referral_referrer_idempotency_uq unique (referrer_subject, idempotency_key)
);
create index referral_referrer_case_idx on referral_referrer (case_id);
