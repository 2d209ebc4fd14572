-- The fares an application proposes (issue 5: applications and fares connected).
--
-- application.proposed_fares: the fare schedule (対価) a 新規登録, 更新登録 or 対価の変更 proposes, as
-- the fare module's FareScheduleDocument (jsonb with a format number, as agreed_fare.schedule);
-- empty until the operator enters it, required at submission. When the council approves the
-- application (承認 / 条件付き承認) the schedule becomes the operator's agreed fares.
-- application.proposed_effective_from: 適用開始予定日, optional; the agreed fares apply from it,
-- or from the decision date when it is empty or already past.

alter table application
  add column proposed_fares jsonb check (proposed_fares is null or jsonb_typeof(proposed_fares) = 'object'),
  add column proposed_effective_from date;

alter table application_aud
  add column proposed_fares jsonb,
  add column proposed_effective_from date;
