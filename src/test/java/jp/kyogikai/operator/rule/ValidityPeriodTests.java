package jp.kyogikai.operator.rule;

import java.time.LocalDate;
import java.time.Period;

import jp.kyogikai.calendar.Wareki;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayName("有効期間 (ValidityPeriod)")
class ValidityPeriodTests {

	/** 有効期間R6.4.1～R8.3.31, as the seed's three operators expiring R8.3.31. */
	private static final ValidityPeriod R8_3_31 = new ValidityPeriod(LocalDate.of(2024, 4, 1),
			LocalDate.of(2026, 3, 31));

	@ParameterizedTest(name = "{0}から{1}年 → {2}まで")
	@CsvSource(textBlock = """
			2024-04-01, 2, 2026-03-31
			2024-04-01, 3, 2027-03-31
			2024-04-01, 5, 2029-03-31
			2024-04-01, 1, 2025-03-31
			2024-04-02, 2, 2026-04-01
			2024-01-01, 2, 2025-12-31
			2024-02-29, 2, 2026-02-28
			2024-02-29, 4, 2028-02-28
			2024-03-01, 2, 2026-02-28
			2026-03-01, 2, 2028-02-29
			2023-02-28, 1, 2024-02-27
			""")
	@DisplayName("年で定めた期間は応当日の前日に満了し、応当日がなければその月の末日に満了する (民法143条)")
	void endsTheDayBeforeTheCorrespondingDay(LocalDate from, int years, LocalDate to) {
		assertThat(ValidityPeriod.ofYears(from, years)).isEqualTo(new ValidityPeriod(from, to));
	}

	@ParameterizedTest(name = "{0}年")
	@ValueSource(ints = { 0, -1, -2, Integer.MIN_VALUE })
	@DisplayName("年数が1未満なら IllegalArgumentException")
	void rejectsLessThanOneYear(int years) {
		assertThatIllegalArgumentException().isThrownBy(() -> ValidityPeriod.ofYears(LocalDate.of(2024, 4, 1), years))
			.withMessageContaining("有効期間の年数は1以上です")
			.withMessageContaining(String.valueOf(years));
	}

	@Test
	@DisplayName("満了日が開始日より前の有効期間は作れない、同じ日なら作れる、開始日・満了日は必須")
	void requiresOrderedEnds() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ValidityPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 31)))
			.withMessageContaining("有効期間の満了日が開始日より前です");
		assertThat(new ValidityPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1))
			.contains(LocalDate.of(2026, 4, 1))).isTrue();
		assertThatNullPointerException().isThrownBy(() -> new ValidityPeriod(null, LocalDate.of(2026, 3, 31)))
			.withMessage("from");
		assertThatNullPointerException().isThrownBy(() -> new ValidityPeriod(LocalDate.of(2024, 4, 1), null))
			.withMessage("to");
		assertThatNullPointerException().isThrownBy(() -> ValidityPeriod.ofYears(null, 2)).withMessage("from");
	}

	@ParameterizedTest(name = "有効期間R6.4.1～R8.3.31、{0}: 有効={1}、満了済={2}、残り{3}日")
	@CsvSource(textBlock = """
			2024-03-31, false, false, 730
			2024-04-01, true,  false, 729
			2025-03-31, true,  false, 365
			2026-03-01, true,  false,  30
			2026-03-30, true,  false,   1
			2026-03-31, true,  false,   0
			2026-04-01, false, true,   -1
			2026-05-01, false, true,  -31
			2027-03-31, false, true, -365
			""")
	@DisplayName("満了日当日まで有効 (残り0日)、翌日から満了済 (残り-1日)")
	void isValidUpToAndIncludingTheLastDay(LocalDate today, boolean valid, boolean expired, long daysLeft) {
		assertThat(R8_3_31.contains(today)).isEqualTo(valid);
		assertThat(R8_3_31.expired(today)).isEqualTo(expired);
		assertThat(R8_3_31.daysLeft(today)).isEqualTo(daysLeft);
	}

	@ParameterizedTest(name = "R8.3.31満了、{0}に満了前{1}日以内か → 更新申請の時期={2}")
	@CsvSource(textBlock = """
			2026-03-31,   0, true
			2026-03-30,   0, false
			2026-03-30,   1, true
			2026-03-01,  30, true
			2026-02-28,  30, false
			2026-01-30,  60, true
			2026-01-29,  60, false
			2025-10-02, 180, true
			2025-10-01, 180, false
			2026-04-01,  30, false
			2026-04-01, 365, false
			2024-04-01, 729, true
			2024-04-01, 728, false
			""")
	@DisplayName("更新申請の時期: 満了日が今日から今日+N日までにある (満了日当日を含む、満了後は新規登録になるので含まない)")
	void isDueForRenewalWithinTheDaysBeforeExpiry(LocalDate today, int days, boolean due) {
		assertThat(R8_3_31.renewalDue(today, days)).isEqualTo(due);
		assertThat(R8_3_31.renewalDue(today, Period.ofDays(days))).isEqualTo(due);
	}

	@ParameterizedTest(name = "{0}満了、{1}に6か月以内か → {2}")
	@CsvSource(textBlock = """
			R8.3.31,  R7.9.30,  false
			R8.3.31,  R7.10.1,  true
			R8.3.31,  R8.3.31,  true
			R8.3.31,  R8.4.1,   false
			R10.3.31, R7.10.1,  false
			R10.3.31, R9.9.30,  false
			R10.3.31, R9.10.1,  true
			R9.9.18,  R7.10.1,  false
			R9.9.18,  R9.3.17,  false
			R9.9.18,  R9.3.18,  true
			R9.9.18,  R9.9.18,  true
			R9.9.18,  R9.9.19,  false
			R8.8.31,  R8.2.28,  false
			R8.8.31,  R8.3.1,   true
			""")
	@DisplayName("職員ダッシュボード: 満了まで6か月以内の登録 (シードの満了日 R8.3.31・R10.3.31・R9.9.18)")
	void isDueWithinSixMonthsOnTheDashboard(String expiry, String today, boolean due) {
		LocalDate to = Wareki.parse(expiry);
		ValidityPeriod period = new ValidityPeriod(to.minusYears(2).plusDays(1), to);
		assertThat(period.renewalDue(Wareki.parse(today), Period.ofMonths(6))).isEqualTo(due);
	}

	@Test
	@DisplayName("更新申請の時期の日数・期間が負なら IllegalArgumentException")
	void rejectsANegativeWindow() {
		assertThatIllegalArgumentException().isThrownBy(() -> R8_3_31.renewalDue(LocalDate.of(2026, 3, 1), -1))
			.withMessageContaining("日数は0以上です");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> R8_3_31.renewalDue(LocalDate.of(2026, 3, 1), Period.ofMonths(-6)))
			.withMessageContaining("期間は0以上です");
	}

}
