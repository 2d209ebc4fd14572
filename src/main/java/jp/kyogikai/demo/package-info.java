/**
 * Demo data for the {@code local} profile (and the tests): a council modelled on the seed
 * meeting of 佐久市, a second municipality to show isolation, one account per role, and two
 * brought-in vehicles of たんと, one with its use agreement and one without, のんびり's received
 * 対価の変更 (the seed meeting's only 協議事項) and a draft 変更登録 of たんと. Never loaded in
 * {@code prod}.
 */
package jp.kyogikai.demo;
