-- The board's statistics (reporting.PeriodClose): "publish once, serve many". A period (a calendar month, quarter or
-- year) is closed once into a release; a release is never rewritten. The annual re-base adds release 2, labelled.
create table report_release (
    period_id varchar(7)  not null,
    release   integer     not null,
    -- MONTH, QUARTER or YEAR.
    grain     varchar(8)  not null,
    -- FIRST (the period's close) or REBASE (the annual re-base that takes in late records).
    kind      varchar(8)  not null,
    closed_at timestamptz not null,
    primary key (period_id, release)
);

-- The protected tables of a release, exactly as the board API serves them (JSON, already protected: numbers and
-- "[c]" only), with their digest so a frozen table can be shown to be unchanged.
create table report_table (
    period_id varchar(7)  not null,
    release   integer     not null,
    table_id  varchar(40) not null,
    position  integer     not null,
    body      text        not null,
    sha256    varchar(64) not null,
    primary key (period_id, release, table_id),
    foreign key (period_id, release) references report_release (period_id, release)
);

-- What a release was protected from: the true (unrounded) counts per cell, which cells it hid, and the per-survivor
-- values its medians were taken over (numbers only, no identities). Never served: a quarter is built from its
-- months' frozen counts and checked against their released pattern, so late records cannot reach a closed period
-- and one release cannot be subtracted from another.
create table report_basis (
    period_id varchar(7) not null,
    release   integer    not null,
    counts    text       not null,
    hidden    text       not null,
    samples   text       not null,
    primary key (period_id, release),
    foreign key (period_id, release) references report_release (period_id, release)
);

-- The period close reads records by when they happened.
create index referral_submitted_idx on referral (submitted_at);
create index case_status_change_changed_idx on case_status_change (changed_at);
create index commitment_instance_due_all_idx on commitment_instance (due_at);
create index commitment_instance_met_idx on commitment_instance (commitment_id, met_at);
create index onward_referral_proposed_idx on onward_referral (proposed_at);
create index case_screening_screened_idx on case_screening (screened_at);
