-- Sign-in sessions ended on purpose (the quick exit): Keycloak's session id, as its SHA-256, until a copy of the
-- portal's self-contained session cookie from that session could no longer be used anyway. Every signed-in request
-- whose session is listed here is refused (security/EndedSignIns, EndedSignInCheck).
create table ended_sign_in (
    session_hash bytea primary key,
    forget_after timestamptz not null
);
create index ended_sign_in_forget_after on ended_sign_in (forget_after);
