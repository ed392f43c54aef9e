-- The period close's open cases at a month's end (reporting.MonthAggregation, open-cases-by-status) start from the
-- cases closed after that end: this finds them without reading the history of every case ever opened.
create index case_status_change_closed_idx on case_status_change (changed_at) include (case_id)
    where to_status = 'CLOSED';
