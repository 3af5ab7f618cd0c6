-- Append-only history, issue 16 step 4 (PostgreSQL; h2/V5__append_only.sql does the same with a
-- Java trigger). The audit log and the save log are only ever added to: the database itself
-- refuses to change or remove a row, whoever asks.

create function gapcheck_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end
$$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function gapcheck_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function gapcheck_append_only();
create trigger answer_changes_append_only before update or delete on answer_changes
    for each row execute function gapcheck_append_only();
create trigger answer_changes_no_truncate before truncate on answer_changes
    for each statement execute function gapcheck_append_only();
