-- A receipt session ends at the latest at ends_at, however active it is (portal.security.receipt-session-absolute,
-- 8 hours); expires_at is the idle deadline, moved forward by each request but never past ends_at.
alter table anonymous_session add column ends_at timestamptz;
update anonymous_session set ends_at = created_at + interval '8 hours';
update anonymous_session set expires_at = least(expires_at, ends_at);
alter table anonymous_session alter column ends_at set not null;
-- During a rolling deploy an instance of the previous release still opens sessions without naming ends_at.
alter table anonymous_session alter column ends_at set default now() + interval '8 hours';
