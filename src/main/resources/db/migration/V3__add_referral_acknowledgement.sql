-- The signed acknowledgement handed to the survivor (referral.Acknowledgement as JSON): reference, time, a salted
-- digest and the signature. No free text: the digest cannot be reversed. Kept so a retried submission returns the
-- very same acknowledgement. Rows from before this migration have none.
alter table referral add column acknowledgement text;
