-- One row that every writer of the audit log locks first (SELECT ... FOR UPDATE) in its
-- transaction, in every serve process: appends then follow each other, each after the last
-- committed entry, instead of racing to follow the same one (a race that, inside a transaction,
-- PostgreSQL cannot retry). Issue 16 step 6; postgres/V6 is the same.
create table audit_chain_lock (
    id integer primary key
);
insert into audit_chain_lock (id) values (1);
