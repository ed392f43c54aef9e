-- The language the survivor read the portal's pages in when they gave a contact plan (en, cy, ur, pl): a notice sent
-- outside the portal (messages.NeutralNotices) is written in it. Null when someone else gave the plan, or through the
-- API; a survivor who never gave one on the pages is sent English.
alter table contact_plan_version add column language varchar(8);
