-- The period close (reporting.MonthAggregation) finds a survivor's first referral of the year by looking for an
-- earlier one of theirs, and a re-referral by one in the twelve months before: both by survivor and time.
create index referral_owner_submitted_idx on referral (owner_subject, submitted_at);

-- It finds the survivors who asked not to be counted from the few answers on statistics that are not yes.
create index consent_record_statistics_refused_idx on consent_record (recorded_at) include (case_id)
    where purpose = 'STATISTICS' and decision <> 'GRANTED';
