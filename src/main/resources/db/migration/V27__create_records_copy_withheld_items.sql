-- An item of a survivor's copy withheld at review (third-party information: a named other person, a police matter,
-- or another reason the law allows), with the reviewer's explanation (encrypted) recorded per item. The survivor is
-- told only the general category, never the item or the explanation.
create table records_copy_withheld (
    copy_id                 uuid not null references records_copy (id),
    item_id                 varchar(120) not null,
    reason                  varchar(32) not null,
    explanation_ciphertext  bytea not null,
    decided_by              varchar(255) not null,
    decided_at              timestamptz not null,
    primary key (copy_id, item_id)
);
