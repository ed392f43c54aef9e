-- The structured data the board's statistics need and the portal did not collect (docs/reporting.md). Enum names
-- only, never free text, so nothing here needs encryption. The checks keep an unknown value out even if a bug let
-- one past the service.

-- "About you" (intake): every answer optional; null when not answered, PREFER_NOT_TO_SAY when the survivor said so.
-- referral.Sex: FEMALE, MALE, PREFER_NOT_TO_SAY.
alter table referral add column sex varchar(24)
    check (sex in ('FEMALE', 'MALE', 'PREFER_NOT_TO_SAY'));
-- referral.Ethnicity, the ONS 2021 high-level groups: ASIAN, BLACK, MIXED, WHITE, OTHER, PREFER_NOT_TO_SAY.
alter table referral add column ethnicity varchar(24)
    check (ethnicity in ('ASIAN', 'BLACK', 'MIXED', 'WHITE', 'OTHER', 'PREFER_NOT_TO_SAY'));
-- A ward code from the council's area file (area/areas.json, checked by the service; at most 16 characters),
-- OUTSIDE_AREA or PREFER_NOT_TO_SAY (17 characters, hence the width).
alter table referral add column ward varchar(24);

-- Why a case is closed (casework.ClosureReason), chosen when closure is proposed; cleared when the proposal is
-- turned down or the case reopened.
alter table survivor_case add column closure_reason varchar(40)
    check (closure_reason in ('SUPPORT_COMPLETED', 'SURVIVOR_CHOSE_TO_END', 'NO_CONTACT_POSSIBLE',
        'TRANSFERRED_TO_ANOTHER_SERVICE', 'MOVED_OUT_OF_AREA', 'NO_FURTHER_ACTION_AFTER_SCREENING'));
-- The same reason on the change that proposed closure and, copied at sign-off, on the change to CLOSED: the board
-- counts closures in a period from the rows with to_status = 'CLOSED'.
alter table case_status_change add column closure_reason varchar(40)
    check (closure_reason in ('SUPPORT_COMPLETED', 'SURVIVOR_CHOSE_TO_END', 'NO_CONTACT_POSSIBLE',
        'TRANSFERRED_TO_ANOTHER_SERVICE', 'MOVED_OUT_OF_AREA', 'NO_FURTHER_ACTION_AFTER_SCREENING'));

-- What the screening found (casework.Classification). Screenings recorded before it was asked were all of
-- referrals to an exploitation service and none was classified otherwise, so they count as EXPLOITATION.
alter table case_screening add column classification varchar(24);
update case_screening set classification = 'EXPLOITATION';
alter table case_screening alter column classification set not null;
alter table case_screening add constraint case_screening_classification_check
    check (classification in ('EXPLOITATION', 'OTHER_SEXUAL_ABUSE', 'OTHER_HARM', 'NO_HARM_IDENTIFIED'));
