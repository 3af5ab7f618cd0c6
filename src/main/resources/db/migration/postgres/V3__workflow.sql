-- The reporting workflow, issue 16 step 3 (PostgreSQL; h2/V3__workflow.sql is the same in H2's SQL).

-- A submitted version: the statement its coordinator certified; when the secretariat acknowledged
-- it and who; when the State published it (null: not public).
alter table submission_versions add column certification varchar(1000);
alter table submission_versions add column acknowledged_at timestamp with time zone;
alter table submission_versions add column acknowledged_by bigint references accounts (id);
alter table submission_versions add column published_at timestamp with time zone;

-- The secretariat's comments when it last returned the submission (shown on the task list).
alter table submissions add column return_comments text;
