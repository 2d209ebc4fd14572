package jp.kyogikai.operator.rule;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayName("更新前の登録期間の記録 (PeriodReview)")
class PeriodReviewTests {

	static final LocalDate FROM = LocalDate.of(2025, 4, 1);

	static final LocalDate TO = LocalDate.of(2028, 3, 31);

	@ParameterizedTest(name = "有効期間R7.4.1～R10.3.31、{0}に{1} → 数える={2}")
	@CsvSource(textBlock = """
			2025-03-31, SERIOUS_ACCIDENT,  false
			2025-04-01, SERIOUS_ACCIDENT,  true
			2026-08-15, SERIOUS_ACCIDENT,  true
			2028-03-31, SERIOUS_ACCIDENT,  true
			2028-04-01, SERIOUS_ACCIDENT,  false
			2024-12-01, IMPROVEMENT_ORDER, false
			2027-01-10, IMPROVEMENT_ORDER, true
			2025-04-01, SUSPENSION,        true
			2028-04-02, SUSPENSION,        false
			""")
	@DisplayName("有効期間の初日から満了日まで (両端を含む) の記録だけを数える")
	void countsTheFactsWithinThePeriodBothEndsIncluded(LocalDate date, PeriodEventKind kind, boolean counted) {
		PeriodReview review = PeriodReview.of(FROM, TO, List.of(new PeriodEvent(kind, date)));
		assertThat(review.events()).hasSize(counted ? 1 : 0);
		assertThat(review.isClean()).isEqualTo(!counted);
		assertThat(review.record().isClean()).isEqualTo(!counted);
	}

	@ParameterizedTest(name = "{0} → 重大事故={1} 改善命令={2} 業務停止={3}")
	@CsvSource(textBlock = """
			SERIOUS_ACCIDENT,  true,  false, false
			IMPROVEMENT_ORDER, false, true,  false
			SUSPENSION,        false, false, true
			""")
	@DisplayName("記録の種類が更新の要件 (重大事故・改善命令・業務停止) のどれに当たるか")
	void eachKindSetsItsFlag(PeriodEventKind kind, boolean seriousAccident, boolean improvementOrder,
			boolean suspension) {
		PeriodReview review = PeriodReview.of(FROM, TO, List.of(new PeriodEvent(kind, LocalDate.of(2026, 5, 1))));
		assertThat(review.record()).isEqualTo(new PeriodRecord(seriousAccident, improvementOrder, suspension));
	}

	@Test
	@DisplayName("記録がなければ更新は3年、重大事故が1件あれば2年 (R10.3.31満了の更新)")
	void aSeriousAccidentShortensTheRenewal() {
		PeriodReview clean = PeriodReview.of(FROM, TO, List.of());
		assertThat(RegistrationValidity.renewal(TO, false, clean.record()))
			.isEqualTo(new ValidityPeriod(LocalDate.of(2028, 4, 1), LocalDate.of(2031, 3, 31)));
		PeriodReview serious = PeriodReview.of(FROM, TO,
				List.of(new PeriodEvent(PeriodEventKind.SERIOUS_ACCIDENT, LocalDate.of(2026, 5, 1))));
		assertThat(RegistrationValidity.renewal(TO, false, serious.record()))
			.isEqualTo(new ValidityPeriod(LocalDate.of(2028, 4, 1), LocalDate.of(2030, 3, 31)));
		assertThat(RegistrationValidity.renewal(TO, true, serious.record()).to()).isEqualTo(LocalDate.of(2030, 3, 31));
	}

	@Test
	@DisplayName("記録は日付の古い順に並ぶ")
	void listsTheFactsOldestFirst() {
		PeriodEvent order = new PeriodEvent(PeriodEventKind.IMPROVEMENT_ORDER, LocalDate.of(2027, 2, 1));
		PeriodEvent accident = new PeriodEvent(PeriodEventKind.SERIOUS_ACCIDENT, LocalDate.of(2025, 6, 1));
		PeriodEvent before = new PeriodEvent(PeriodEventKind.SUSPENSION, LocalDate.of(2024, 6, 1));
		PeriodEvent suspension = new PeriodEvent(PeriodEventKind.SUSPENSION, LocalDate.of(2027, 2, 1));
		assertThat(PeriodReview.of(FROM, TO, List.of(order, before, suspension, accident)).events())
			.containsExactly(accident, order, suspension);
	}

	@Test
	@DisplayName("有効期間の開始日が不明なら、満了日までのすべての記録を数える")
	void withoutTheFirstDayEveryFactUpToTheLastDayCounts() {
		PeriodEvent old = new PeriodEvent(PeriodEventKind.SERIOUS_ACCIDENT, LocalDate.of(2019, 1, 1));
		PeriodEvent after = new PeriodEvent(PeriodEventKind.SUSPENSION, LocalDate.of(2028, 4, 1));
		PeriodReview review = PeriodReview.of(null, TO, List.of(old, after));
		assertThat(review.startKnown()).isFalse();
		assertThat(review.events()).containsExactly(old);
		assertThat(review.record()).isEqualTo(new PeriodRecord(true, false, false));
		assertThat(PeriodReview.of(FROM, TO, List.of(old)).startKnown()).isTrue();
	}

	@Test
	@DisplayName("満了日は必須、開始日は満了日以前")
	void requiresTheLastDayAndAnOrderedPeriod() {
		assertThatNullPointerException().isThrownBy(() -> PeriodReview.of(FROM, null, List.of())).withMessage("to");
		assertThatIllegalArgumentException().isThrownBy(() -> PeriodReview.of(TO.plusDays(1), TO, List.of()));
		assertThatNullPointerException().isThrownBy(() -> new PeriodEvent(null, TO)).withMessage("kind");
	}

}
