package jp.kyogikai.application;

import java.time.LocalDate;

import jp.kyogikai.application.rule.FareComparison;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.fare.FareAgreement;

/**
 * The fares on an application's page (the 「対価」 section of a 新規登録, 更新登録 or 対価の変更).
 *
 * @param proposed the proposed fares, {@code null} while not entered
 * @param proposedEffectiveFrom 適用開始予定日, {@code null} when not given
 * @param current for a 対価の変更 the fares in force today, {@code null} when none
 * @param sideBySide whether the page shows the fares in force beside the proposed ones
 * (対価の変更)
 * @param comparison the sample trips (2 km, 5 km, 10 km, 30 分) against the local taxi
 * fare, for information only
 */
public record ApplicationFares(FareSchedule proposed, LocalDate proposedEffectiveFrom, FareAgreement current,
		boolean sideBySide, FareComparison comparison) {

}
