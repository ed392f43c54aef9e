-- Neutral notices are sent as claim, send, record (casework.NeutralNotices): a short transaction claims a notice and
-- counts the attempt, the mail goes out with no transaction or row lock held, and another short transaction records
-- sent_at. claimed_until is the claim's lease: until then no other run or instance may claim the notice; after it (the
-- claiming instance died mid-send) it may be claimed again. claimed_at says when the last attempt began.
alter table outbound_notice add column claimed_at timestamptz;
alter table outbound_notice add column claimed_until timestamptz;
