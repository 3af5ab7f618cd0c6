-- Append-only history, issue 16 step 4 (H2; postgres/V5__append_only.sql does the same with a
-- PL/pgSQL function). The audit log and the save log are only ever added to: the database itself
-- refuses to change or remove a row (org.gapcheck.storage.AppendOnlyTrigger).

create trigger audit_log_append_only before update, delete on audit_log
    for each row call 'org.gapcheck.storage.AppendOnlyTrigger';
create trigger answer_changes_append_only before update, delete on answer_changes
    for each row call 'org.gapcheck.storage.AppendOnlyTrigger';

-- H2 fires no trigger on TRUNCATE, but refuses to truncate a table that a foreign key refers to:
-- this empty table's key keeps the audit log from being truncated (the save log is referred to by
-- submission_versions already).
create table audit_log_truncate_guard (
    audit_id bigint references audit_log (id)
);
