package jp.kyogikai.fare;

import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.FlatFare;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

@DisplayName("協議が調った対価の履歴 (FareHistory)")
class FareHistoryTests {

	static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

	@Test
	void eachAgreementAppliesUntilTheNextOneBegins() {
		FareAgreement first = agreement(1, "2023-04-01", "2023-02-16", 400);
		FareAgreement second = agreement(2, "2025-04-01", "2025-02-20", 500);
		FareAgreement third = agreement(3, "2027-04-01", "2026-06-18", 600);
		FareHistory history = FareHistory.of(List.of(third, first, second), TODAY);
		assertThat(history.entries())
			.extracting((e) -> e.agreement().id(), FareHistory.Entry::status, FareHistory.Entry::effectiveTo)
			.containsExactly(tuple(3L, FareStatus.UPCOMING, null),
					tuple(2L, FareStatus.CURRENT, LocalDate.of(2027, 3, 31)),
					tuple(1L, FareStatus.ENDED, LocalDate.of(2025, 3, 31)));
		assertThat(history.current()).contains(second);
		assertThat(history.upcoming()).containsExactly(third);
	}

	@Test
	void theFirstDayOfANewAgreementIsItsOwn() {
		FareAgreement old = agreement(1, "2025-04-01", "2025-02-20", 500);
		FareAgreement next = agreement(2, "2026-07-01", "2026-05-20", 600);
		assertThat(FareHistory.of(List.of(old, next), TODAY).current()).contains(next);
		assertThat(FareHistory.of(List.of(old, next), TODAY.minusDays(1)).current()).contains(old);
	}

	@Test
	void aLaterAgreementWithTheSameDateReplacesTheEarlierOne() {
		FareAgreement mistyped = agreement(1, "2025-04-01", "2025-02-20", 5000);
		FareAgreement corrected = agreement(2, "2025-04-01", "2025-02-20", 500);
		FareHistory history = FareHistory.of(List.of(mistyped, corrected), TODAY);
		assertThat(history.current()).contains(corrected);
		assertThat(history.entries()).extracting((e) -> e.agreement().id(), FareHistory.Entry::status)
			.containsExactly(tuple(2L, FareStatus.CURRENT), tuple(1L, FareStatus.REPLACED));
	}

	@Test
	void nothingAppliesBeforeTheFirstAgreementsDate() {
		FareHistory history = FareHistory.of(List.of(agreement(1, "2026-10-01", "2026-06-18", 500)), TODAY);
		assertThat(history.current()).isEmpty();
		assertThat(history.upcoming()).hasSize(1);
		assertThat(FareHistory.of(List.of(), TODAY).isEmpty()).isTrue();
	}

	private static FareAgreement agreement(long id, String from, String agreedOn, long flat) {
		return new FareAgreement(id, 1, FareSchedule.of(new FlatFare(flat)), LocalDate.parse(from),
				LocalDate.parse(agreedOn), null);
	}

}
