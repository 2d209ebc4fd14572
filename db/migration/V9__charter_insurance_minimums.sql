-- Each council's 損害賠償措置の基準 in its charter (設置要綱): 対人 and 対物 may be 無制限 (-1, as
-- the vehicle table stores unlimited cover), and a 搭乗者傷害 minimum per person is added
-- (0 = required in any amount, the statutory standard, which existing charters keep).

alter table charter drop constraint charter_insurance_min_per_person_check;
alter table charter add constraint charter_insurance_min_per_person_check
  check (insurance_min_per_person >= 0 or insurance_min_per_person = -1);

alter table charter drop constraint charter_insurance_min_property_check;
alter table charter add constraint charter_insurance_min_property_check
  check (insurance_min_property >= 0 or insurance_min_property = -1);

alter table charter add column insurance_min_passenger bigint not null default 0
  constraint charter_insurance_min_passenger_check check (insurance_min_passenger >= 0);

alter table charter_aud add column insurance_min_passenger bigint;
