/**
 * Demo data for the {@code local} profile (and the tests): a council modelled on the seed
 * meeting of 佐久市, a second municipality to show isolation, one account per role, のんびり's
 * full record (address, registration, an office with its managers, three vehicles and
 * four drivers, all 適合), two brought-in vehicles of たんと, one with its use agreement and
 * one without, 佐久市's taxi fare and the agreed fares of its five operators, 佐久市's 令和7年度
 * statistics, のんびり's received 対価の変更 (the seed meeting's only 協議事項) and a draft 変更登録 of
 * たんと. Never loaded in {@code prod}.
 */
package jp.kyogikai.demo;
