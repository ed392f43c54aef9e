-- Referrals the hub records (issue 17): a caseworker writes down a referral received by phone, in person, by letter
-- or in a forwarded e-mail. The referral keeps how it reached us, when it was received (the charter's clocks run from
-- then, not from when it was typed) and who recorded it (the caseworker's subject). All three or none.
alter table referral add column channel varchar(16)
    check (channel in ('PHONE', 'IN_PERSON', 'LETTER', 'EMAIL'));
alter table referral add column received_at timestamptz;
alter table referral add column recorded_by varchar(255);
alter table referral add constraint referral_hub_recorded_ck check (
    (channel is null and received_at is null and recorded_by is null)
    or (channel is not null and received_at is not null and recorded_by is not null));

-- The caseworker's form carries an idempotency key as the survivor's draft does: a double click records one referral.
-- The case is owned by a placeholder for the survivor, so the key is scoped to who recorded it.
create unique index referral_recorded_idempotency_uq on referral (recorded_by, idempotency_key)
    where recorded_by is not null;

-- A referrer the hub wrote down has no account of their own: who recorded them is on the referral.
alter table referral_referrer alter column referrer_subject drop not null;
