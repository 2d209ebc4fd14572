package jp.kyogikai.operator.rule;

import java.time.LocalDate;

import jp.kyogikai.calendar.Wareki;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayName("登録の有効期間 (RegistrationValidity)")
class RegistrationValidityTests {

	@ParameterizedTest(name = "{0}、事業者協力型={1}、前期間: 重大事故={2} 改善命令={3} 事業停止={4} → {5}年")
	@CsvSource(textBlock = """
			NEW,     false, false, false, false, 2
			NEW,     false, true,  true,  true,  2
			NEW,     true,  false, false, false, 5
			NEW,     true,  true,  true,  true,  5
			RENEWAL, false, false, false, false, 3
			RENEWAL, false, true,  false, false, 2
			RENEWAL, false, false, true,  false, 2
			RENEWAL, false, false, false, true,  2
			RENEWAL, false, true,  true,  false, 2
			RENEWAL, false, true,  false, true,  2
			RENEWAL, false, false, true,  true,  2
			RENEWAL, false, true,  true,  true,  2
			RENEWAL, true,  false, false, false, 5
			RENEWAL, true,  true,  false, false, 2
			RENEWAL, true,  false, true,  false, 2
			RENEWAL, true,  false, false, true,  2
			RENEWAL, true,  true,  true,  true,  2
			""")
	@DisplayName("新規2年、更新は重大事故・改善命令・事業停止がなければ3年 (なければ2年)、事業者協力型は新規・要件を満たす更新とも5年")
	void yearsByKindCooperationAndThePreviousPeriod(RegistrationKind kind, boolean operatorCooperation,
			boolean seriousAccident, boolean improvementOrder, boolean suspension, int years) {
		PeriodRecord previous = new PeriodRecord(seriousAccident, improvementOrder, suspension);
		assertThat(RegistrationValidity.years(kind, operatorCooperation, previous)).isEqualTo(years);
	}

	@ParameterizedTest(name = "事業者協力型={0}")
	@ValueSource(booleans = { false, true })
	@DisplayName("新規登録では前の期間の記録を問わない (なくてもよい)")
	void ignoresTheRecordOfANewRegistration(boolean operatorCooperation) {
		assertThat(RegistrationValidity.years(RegistrationKind.NEW, operatorCooperation, null))
			.isEqualTo(operatorCooperation ? 5 : 2);
	}

	@Test
	@DisplayName("更新登録には前の期間の記録が必要")
	void requiresTheRecordOfARenewal() {
		assertThatNullPointerException()
			.isThrownBy(() -> RegistrationValidity.years(RegistrationKind.RENEWAL, false, null))
			.withMessage("previousPeriod");
		assertThatNullPointerException()
			.isThrownBy(() -> RegistrationValidity.renewal(LocalDate.of(2026, 3, 31), false, null))
			.withMessage("previousPeriod");
		assertThatNullPointerException().isThrownBy(() -> RegistrationValidity.years(null, false, PeriodRecord.clean()))
			.withMessage("kind");
	}

	@ParameterizedTest(name = "{0}に新規登録、事業者協力型={1} → {2}まで (有効期間{3})")
	@CsvSource(textBlock = """
			2024-04-01, false, 2026-03-31, R6.4.1～R8.3.31
			2024-04-01, true,  2029-03-31, R6.4.1～R11.3.31
			2024-08-10, false, 2026-08-09, R6.8.10～R8.8.9
			2025-09-19, false, 2027-09-18, R7.9.19～R9.9.18
			2026-01-01, false, 2027-12-31, R8.1.1～R9.12.31
			2025-12-31, false, 2027-12-30, R7.12.31～R9.12.30
			2024-02-29, false, 2026-02-28, R6.2.29～R8.2.28
			2024-02-29, true,  2029-02-28, R6.2.29～R11.2.28
			2024-03-01, false, 2026-02-28, R6.3.1～R8.2.28
			2026-03-01, false, 2028-02-29, R8.3.1～R10.2.29
			2024-02-28, false, 2026-02-27, R6.2.28～R8.2.27
			2019-04-30, false, 2021-04-29, H31.4.30～R3.4.29
			2019-05-01, false, 2021-04-30, R1.5.1～R3.4.30
			""")
	@DisplayName("新規登録: 登録日から2年 (事業者協力型は5年)、応当日の前日まで。2月29日始まりは2月末日まで")
	void runsANewRegistrationFromTheRegistrationDate(LocalDate registeredOn, boolean operatorCooperation, LocalDate to,
			String label) {
		ValidityPeriod period = RegistrationValidity.newRegistration(registeredOn, operatorCooperation);
		assertThat(period).isEqualTo(new ValidityPeriod(registeredOn, to));
		assertThat(label(period)).isEqualTo(label);
	}

	@ParameterizedTest(name = "{0}満了、事業者協力型={1}、重大事故={2} 改善命令={3} 事業停止={4} → 有効期間{5}")
	@CsvSource(textBlock = """
			2026-03-31, false, false, false, false, R8.4.1～R11.3.31
			2026-03-31, false, true,  false, false, R8.4.1～R10.3.31
			2026-03-31, false, false, true,  false, R8.4.1～R10.3.31
			2026-03-31, false, false, false, true,  R8.4.1～R10.3.31
			2026-03-31, true,  false, false, false, R8.4.1～R13.3.31
			2026-03-31, true,  false, true,  false, R8.4.1～R10.3.31
			2028-03-31, false, false, false, false, R10.4.1～R13.3.31
			2027-09-18, false, false, false, false, R9.9.19～R12.9.18
			2027-09-18, false, true,  false, false, R9.9.19～R11.9.18
			2026-12-31, false, false, false, false, R9.1.1～R11.12.31
			2027-02-28, false, false, false, false, R9.3.1～R12.2.28
			2027-02-28, false, false, false, true,  R9.3.1～R11.2.28
			2028-02-28, false, false, false, false, R10.2.29～R13.2.28
			2028-02-29, false, false, false, false, R10.3.1～R13.2.28
			2019-04-30, false, false, false, false, R1.5.1～R4.4.30
			""")
	@DisplayName("更新登録: 満了日の翌日から3年 (重大事故・改善命令・事業停止があれば2年、事業者協力型は5年)、応当日の前日まで")
	void startsARenewalTheDayAfterTheOldExpiry(LocalDate previousExpiry, boolean operatorCooperation,
			boolean seriousAccident, boolean improvementOrder, boolean suspension, String label) {
		PeriodRecord record = new PeriodRecord(seriousAccident, improvementOrder, suspension);
		ValidityPeriod renewed = RegistrationValidity.renewal(previousExpiry, operatorCooperation, record);
		assertThat(label(renewed)).isEqualTo(label);
		assertThat(renewed.from()).isEqualTo(previousExpiry.plusDays(1));
		assertThat(renewed.contains(previousExpiry)).isFalse();
	}

	@Test
	@DisplayName("例: R8.3.31満了、前期間に重大事故等なし → R8.4.1～R11.3.31 (3年)")
	void renewsTheBriefsExample() {
		ValidityPeriod renewed = RegistrationValidity.renewal(LocalDate.of(2026, 3, 31), false, PeriodRecord.clean());
		assertThat(renewed).isEqualTo(new ValidityPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31)));
	}

	@Test
	@DisplayName("有効期間を渡しても満了日だけを渡しても、更新後の有効期間は同じ")
	void renewsTheSameFromAPeriodOrItsExpiry() {
		ValidityPeriod previous = new ValidityPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31));
		PeriodRecord accident = new PeriodRecord(true, false, false);
		assertThat(RegistrationValidity.renewal(previous, false, PeriodRecord.clean()))
			.isEqualTo(RegistrationValidity.renewal(previous.to(), false, PeriodRecord.clean()));
		assertThat(RegistrationValidity.renewal(previous, true, accident))
			.isEqualTo(RegistrationValidity.renewal(previous.to(), true, accident));
	}

	@Test
	@DisplayName("R6.4.1新規 → 事故なく更新 → 重大事故の後に更新: R6.4.1～R8.3.31、R8.4.1～R11.3.31、R11.4.1～R13.3.31、切れ目も重なりもない")
	void chainsRegistrationsWithoutGapsOrOverlaps() {
		ValidityPeriod first = RegistrationValidity.newRegistration(LocalDate.of(2024, 4, 1), false);
		ValidityPeriod second = RegistrationValidity.renewal(first, false, PeriodRecord.clean());
		ValidityPeriod third = RegistrationValidity.renewal(second, false, new PeriodRecord(true, false, false));
		assertThat(label(first)).isEqualTo("R6.4.1～R8.3.31");
		assertThat(label(second)).isEqualTo("R8.4.1～R11.3.31");
		assertThat(label(third)).isEqualTo("R11.4.1～R13.3.31");
		assertThat(second.from()).isEqualTo(first.to().plusDays(1));
		assertThat(third.from()).isEqualTo(second.to().plusDays(1));
	}

	@ParameterizedTest(name = "重大事故={0} 改善命令={1} 事業停止={2} → 要件を満たす={3}")
	@CsvSource(textBlock = """
			false, false, false, true
			true,  false, false, false
			false, true,  false, false
			false, false, true,  false
			true,  true,  true,  false
			""")
	@DisplayName("前の期間が要件を満たすのは、重大事故・改善命令・事業停止のいずれもないときだけ")
	void isCleanOnlyWithoutAnyOfTheThree(boolean seriousAccident, boolean improvementOrder, boolean suspension,
			boolean clean) {
		assertThat(new PeriodRecord(seriousAccident, improvementOrder, suspension).isClean()).isEqualTo(clean);
	}

	@Test
	@DisplayName("PeriodRecord.clean() は何もなかった期間")
	void hasACleanRecord() {
		assertThat(PeriodRecord.clean()).isEqualTo(new PeriodRecord(false, false, false));
		assertThat(PeriodRecord.clean().isClean()).isTrue();
	}

	private static String label(ValidityPeriod period) {
		return Wareki.formatShort(period.from()) + "～" + Wareki.formatShort(period.to());
	}

}
