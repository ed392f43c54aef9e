-- A complaint can be about one line of the survivor's list of who read or changed their case ("I don't think this
-- should have happened"): the line is named by what the survivor saw (when, what, who as a role, why, and the
-- declared emergency reason), never by free text or a member of staff's name. All null for any other request.
alter table survivor_request
    add column about_access_at      timestamptz,
    add column about_access_action  varchar(64),
    add column about_access_who     varchar(32),
    add column about_access_purpose varchar(32),
    add column about_access_reason  varchar(64);
