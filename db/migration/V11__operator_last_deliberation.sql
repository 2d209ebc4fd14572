-- The day the council last deliberated the operator (registration, renewal or change), so that
-- staff can see what the operator changed in its registries since then (issue 4, item 8).

alter table operator add column last_deliberated_on date;
alter table operator_aud add column last_deliberated_on date;
