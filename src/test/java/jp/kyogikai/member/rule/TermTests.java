package jp.kyogikai.member.rule;

import java.time.LocalDate;

import jp.kyogikai.calendar.Wareki;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayName("委員の任期 (Term)")
class TermTests {

	/** 任期R6.8.10～R7.8.9, the seed council's first term. */
	private static final Term R6_TERM = new Term(LocalDate.of(2024, 8, 10), LocalDate.of(2025, 8, 9));

	@ParameterizedTest(name = "{0}から任期{1}月 → {2}まで (任期{3})")
	@CsvSource(textBlock = """
			2024-08-10, 12, 2025-08-09, R6.8.10～R7.8.9
			2024-04-01, 12, 2025-03-31, R6.4.1～R7.3.31
			2025-04-01, 12, 2026-03-31, R7.4.1～R8.3.31
			2024-01-01, 12, 2024-12-31, R6.1.1～R6.12.31
			2024-08-10, 24, 2026-08-09, R6.8.10～R8.8.9
			2025-04-01, 24, 2027-03-31, R7.4.1～R9.3.31
			2024-10-01,  6, 2025-03-31, R6.10.1～R7.3.31
			2024-12-01,  1, 2024-12-31, R6.12.1～R6.12.31
			2025-01-15,  1, 2025-02-14, R7.1.15～R7.2.14
			2024-08-10, 60, 2029-08-09, R6.8.10～R11.8.9
			2023-03-01, 12, 2024-02-29, R5.3.1～R6.2.29
			2024-03-01, 12, 2025-02-28, R6.3.1～R7.2.28
			2024-02-28, 12, 2025-02-27, R6.2.28～R7.2.27
			2023-02-28, 12, 2024-02-27, R5.2.28～R6.2.27
			2018-05-01, 12, 2019-04-30, H30.5.1～H31.4.30
			2018-05-01, 24, 2020-04-30, H30.5.1～R2.4.30
			""")
	@DisplayName("任期は開始日から所定の月数、応当日の前日まで")
	void runsTheCharterMonthsToTheDayBeforeTheCorrespondingDay(LocalDate start, int termMonths, LocalDate end,
			String label) {
		Term term = Term.standard(start, termMonths);
		assertThat(term).isEqualTo(new Term(start, end));
		assertThat(Wareki.formatShort(term.start()) + "～" + Wareki.formatShort(term.end())).isEqualTo(label);
	}

	@ParameterizedTest(name = "{0}から任期{1}月 → {2}まで")
	@CsvSource(textBlock = """
			2025-01-31,  1, 2025-02-28
			2024-01-31,  1, 2024-02-29
			2024-01-30,  1, 2024-02-29
			2024-01-29,  1, 2024-02-28
			2025-01-29,  1, 2025-02-28
			2024-03-31,  1, 2024-04-30
			2024-05-31,  1, 2024-06-30
			2024-08-31,  6, 2025-02-28
			2024-12-31,  2, 2025-02-28
			2024-02-29, 12, 2025-02-28
			2024-02-29, 24, 2026-02-28
			2024-02-29, 48, 2028-02-28
			""")
	@DisplayName("最後の月に応当日がなければ、その月の末日に満了する (民法143条2項)")
	void endsOnTheLastDayOfTheMonthWithoutACorrespondingDay(LocalDate start, int termMonths, LocalDate end) {
		assertThat(Term.standard(start, termMonths)).isEqualTo(new Term(start, end));
	}

	@Test
	@DisplayName("R6.2.29から任期1年で再任を重ねても3月1日始まりのまま: R6.2.29～R7.2.28、R7.3.1～R8.2.28、R8.3.1～R9.2.28")
	void keepsReappointmentsFromALeapDayOnTheFirstOfMarch() {
		Term first = Term.standard(LocalDate.of(2024, 2, 29), 12);
		Term second = first.next(12);
		Term third = second.next(12);
		assertThat(label(first)).isEqualTo("R6.2.29～R7.2.28");
		assertThat(label(second)).isEqualTo("R7.3.1～R8.2.28");
		assertThat(label(third)).isEqualTo("R8.3.1～R9.2.28");
	}

	@Test
	@DisplayName("1月31日から任期1月で再任を重ねても月末で区切られる: 1/31～2/28、3/1～3/31、4/1～4/30")
	void keepsMonthlyTermsFromTheEndOfJanuaryOnMonthEnds() {
		Term first = Term.standard(LocalDate.of(2025, 1, 31), 1);
		Term second = first.next(1);
		Term third = second.next(1);
		assertThat(first).isEqualTo(new Term(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28)));
		assertThat(second).isEqualTo(new Term(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
		assertThat(third).isEqualTo(new Term(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)));
	}

	@ParameterizedTest(name = "任期{0}月")
	@ValueSource(ints = { 0, -1, -12, Integer.MIN_VALUE })
	@DisplayName("任期の月数が1未満なら IllegalArgumentException")
	void rejectsATermOfLessThanOneMonth(int termMonths) {
		assertThatIllegalArgumentException().isThrownBy(() -> Term.standard(LocalDate.of(2024, 8, 10), termMonths))
			.withMessageContaining("任期の月数は1以上です")
			.withMessageContaining(String.valueOf(termMonths));
		assertThatIllegalArgumentException().isThrownBy(() -> R6_TERM.next(termMonths))
			.withMessageContaining("任期の月数は1以上です");
	}

	@ParameterizedTest(name = "{0}～{1}")
	@CsvSource(textBlock = """
			2025-08-09, 2025-08-08
			2025-08-10, 2024-08-10
			2024-03-01, 2024-02-29
			""")
	@DisplayName("終了日が開始日より前の任期は作れない")
	void rejectsAnEndBeforeTheStart(LocalDate start, LocalDate end) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Term(start, end))
			.withMessageContaining("任期の終了日が開始日より前です")
			.withMessageContaining(start + "～" + end);
	}

	@Test
	@DisplayName("開始日と終了日が同じ1日だけの任期は作れる")
	void allowsATermOfOneDay() {
		Term day = new Term(LocalDate.of(2025, 8, 9), LocalDate.of(2025, 8, 9));
		assertThat(day.contains(LocalDate.of(2025, 8, 9))).isTrue();
		assertThat(day.contains(LocalDate.of(2025, 8, 8))).isFalse();
		assertThat(day.contains(LocalDate.of(2025, 8, 10))).isFalse();
	}

	@Test
	@DisplayName("開始日・終了日のない任期は作れない")
	void requiresBothEnds() {
		assertThatNullPointerException().isThrownBy(() -> new Term(null, LocalDate.of(2025, 8, 9)))
			.withMessage("start");
		assertThatNullPointerException().isThrownBy(() -> new Term(LocalDate.of(2024, 8, 10), null)).withMessage("end");
	}

	@ParameterizedTest(name = "前任者の任期R6.8.10～R7.8.9、{0}から補欠 → {0}～{1}")
	@CsvSource(textBlock = """
			2024-08-10, 2025-08-09
			2024-08-11, 2025-08-09
			2024-12-01, 2025-08-09
			2025-01-01, 2025-08-09
			2025-08-08, 2025-08-09
			2025-08-09, 2025-08-09
			""")
	@DisplayName("補欠の委員の任期は、前任者の残任期間 (前任者の任期の終わりまで)")
	void endsASubstituteWithThePredecessorsTerm(LocalDate start, LocalDate end) {
		assertThat(Term.substitute(start, R6_TERM)).isEqualTo(new Term(start, end));
	}

	@ParameterizedTest(name = "前任者の任期R6.8.10～R7.8.9、{0}から補欠")
	@CsvSource(textBlock = """
			2024-08-09
			2025-08-10
			2023-08-10
			2026-01-01
			""")
	@DisplayName("前任者の任期の外から始まる補欠は IllegalArgumentException")
	void rejectsASubstituteStartingOutsideThePredecessorsTerm(LocalDate start) {
		assertThatIllegalArgumentException().isThrownBy(() -> Term.substitute(start, R6_TERM))
			.withMessageContaining("補欠の任期の開始日が前任者の任期の外です")
			.withMessageContaining(start.toString());
	}

	@Test
	@DisplayName("前任者がR6.12.31に辞任 → R7.1.1からの補欠はR7.8.9まで、補欠の補欠も同じ日まで")
	void endsEverySubstituteWithTheOriginalTerm() {
		Term appointed = Term.standard(LocalDate.of(2024, 8, 10), 12);
		Term inOffice = appointed.endedOn(LocalDate.of(2024, 12, 31));
		Term substitute = Term.substitute(inOffice.end().plusDays(1), appointed);
		assertThat(substitute).isEqualTo(new Term(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 9)));
		assertThat(inOffice.overlaps(substitute)).isFalse();
		Term substituteOfSubstitute = Term.substitute(LocalDate.of(2025, 5, 1), substitute);
		assertThat(substituteOfSubstitute).isEqualTo(new Term(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 9)));
	}

	@ParameterizedTest(name = "任期R6.8.10～R7.8.9、{0}で任期途中の退任 → R6.8.10～{0}")
	@CsvSource(textBlock = """
			2024-08-10
			2024-08-11
			2024-12-31
			2025-03-31
			2025-08-08
			2025-08-09
			""")
	@DisplayName("任期途中の退任: 開始日はそのまま、退任日が最後の日")
	void keepsTheStartWhenEndedEarly(LocalDate lastDay) {
		Term ended = R6_TERM.endedOn(lastDay);
		assertThat(ended).isEqualTo(new Term(LocalDate.of(2024, 8, 10), lastDay));
		assertThat(ended.contains(lastDay)).isTrue();
		assertThat(ended.contains(lastDay.plusDays(1))).isFalse();
	}

	@ParameterizedTest(name = "任期R6.8.10～R7.8.9、{0}で退任")
	@CsvSource(textBlock = """
			2024-08-09
			2025-08-10
			2023-12-31
			2026-08-09
			""")
	@DisplayName("任期の外の日での退任は IllegalArgumentException")
	void rejectsAnEarlyEndOutsideTheTerm(LocalDate lastDay) {
		assertThatIllegalArgumentException().isThrownBy(() -> R6_TERM.endedOn(lastDay))
			.withMessageContaining("任期の途中の日ではありません")
			.withMessageContaining(lastDay.toString());
	}

	@Test
	@DisplayName("退任後の任期は短くなった任期: その後の日での再度の退任はできない")
	void endsAnEarlyEndedTermOnlyWithinWhatIsLeft() {
		Term ended = R6_TERM.endedOn(LocalDate.of(2024, 12, 31));
		assertThat(ended.endedOn(LocalDate.of(2024, 12, 1)))
			.isEqualTo(new Term(R6_TERM.start(), LocalDate.of(2024, 12, 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> ended.endedOn(LocalDate.of(2025, 1, 1)));
	}

	@ParameterizedTest(name = "任期{0}～{1}の再任 (任期{2}月) → {3}～{4}")
	@CsvSource(textBlock = """
			2024-08-10, 2025-08-09, 12, 2025-08-10, 2026-08-09
			2024-04-01, 2025-03-31, 12, 2025-04-01, 2026-03-31
			2024-04-01, 2026-03-31, 24, 2026-04-01, 2028-03-31
			2024-08-10, 2025-08-09, 24, 2025-08-10, 2027-08-09
			2025-01-01, 2025-08-09, 12, 2025-08-10, 2026-08-09
			2024-08-10, 2024-12-31, 12, 2025-01-01, 2025-12-31
			2023-03-01, 2024-02-28, 12, 2024-02-29, 2025-02-28
			""")
	@DisplayName("再任: 任期の翌日から所定の月数")
	void startsTheNextTermTheDayAfter(LocalDate start, LocalDate end, int termMonths, LocalDate nextStart,
			LocalDate nextEnd) {
		Term term = new Term(start, end);
		Term next = term.next(termMonths);
		assertThat(next).isEqualTo(new Term(nextStart, nextEnd));
		assertThat(next.start()).isEqualTo(term.end().plusDays(1));
		assertThat(term.overlaps(next)).isFalse();
	}

	@Test
	@DisplayName("R6.8.10から任期1年で2回再任 → R6.8.10～R7.8.9、R7.8.10～R8.8.9、R8.8.10～R9.8.9")
	void chainsThreeTermsWithoutGapsOrOverlaps() {
		Term first = Term.standard(LocalDate.of(2024, 8, 10), 12);
		Term second = first.next(12);
		Term third = second.next(12);
		assertThat(label(first)).isEqualTo("R6.8.10～R7.8.9");
		assertThat(label(second)).isEqualTo("R7.8.10～R8.8.9");
		assertThat(label(third)).isEqualTo("R8.8.10～R9.8.9");
		assertThat(second).isEqualTo(new Term(LocalDate.of(2025, 8, 10), LocalDate.of(2026, 8, 9)));
		assertThat(third).isEqualTo(new Term(LocalDate.of(2026, 8, 10), LocalDate.of(2027, 8, 9)));
		assertThat(first.overlaps(second)).isFalse();
		assertThat(second.overlaps(third)).isFalse();
		assertThat(first.overlaps(third)).isFalse();
	}

	@Test
	@DisplayName("4月1日から任期2年で3期 → R6.4.1～R8.3.31、R8.4.1～R10.3.31、R10.4.1～R12.3.31")
	void chainsFiscalYearTerms() {
		Term first = Term.standard(LocalDate.of(2024, 4, 1), 24);
		Term second = first.next(24);
		Term third = second.next(24);
		assertThat(label(first)).isEqualTo("R6.4.1～R8.3.31");
		assertThat(label(second)).isEqualTo("R8.4.1～R10.3.31");
		assertThat(label(third)).isEqualTo("R10.4.1～R12.3.31");
	}

	@ParameterizedTest(name = "任期R6.8.10～R7.8.9 は {0} を含む: {1}")
	@CsvSource(textBlock = """
			2024-08-09, false
			2024-08-10, true
			2024-08-11, true
			2025-02-01, true
			2025-08-08, true
			2025-08-09, true
			2025-08-10, false
			2023-08-10, false
			2026-08-09, false
			""")
	@DisplayName("任期は開始日と終了日の両方を含む")
	void containsBothEnds(LocalDate date, boolean contains) {
		assertThat(R6_TERM.contains(date)).isEqualTo(contains);
	}

	@ParameterizedTest(name = "{0}～{1} と {2}～{3} は重なる: {4}")
	@CsvSource(textBlock = """
			2024-08-10, 2025-08-09, 2024-08-10, 2025-08-09, true
			2024-08-10, 2025-08-09, 2025-08-09, 2026-08-08, true
			2024-08-10, 2025-08-09, 2025-08-10, 2026-08-09, false
			2024-08-10, 2025-08-09, 2023-08-10, 2024-08-10, true
			2024-08-10, 2025-08-09, 2023-08-10, 2024-08-09, false
			2024-08-10, 2025-08-09, 2024-12-01, 2024-12-31, true
			2024-08-10, 2025-08-09, 2023-01-01, 2026-12-31, true
			2024-08-10, 2025-08-09, 2025-01-01, 2025-12-31, true
			2024-08-10, 2025-08-09, 2026-01-01, 2026-12-31, false
			2024-08-10, 2025-08-09, 2022-01-01, 2022-12-31, false
			2025-08-09, 2025-08-09, 2025-08-09, 2025-08-09, true
			2025-08-09, 2025-08-09, 2025-08-10, 2025-08-10, false
			2025-08-09, 2025-08-09, 2024-08-10, 2025-08-09, true
			""")
	@DisplayName("同じ日を含めば重なる (終了日と開始日が同じ日でも)、翌日から始まる任期とは重ならない")
	void overlapsWhenSharingADay(LocalDate start, LocalDate end, LocalDate otherStart, LocalDate otherEnd,
			boolean overlaps) {
		Term term = new Term(start, end);
		Term other = new Term(otherStart, otherEnd);
		assertThat(term.overlaps(other)).as("%s overlaps %s", term, other).isEqualTo(overlaps);
		assertThat(other.overlaps(term)).as("%s overlaps %s", other, term).isEqualTo(overlaps);
	}

	@ParameterizedTest(name = "R7.8.9に任期満了、{0}から{1}日以内に満了する: {2}")
	@CsvSource(textBlock = """
			2025-08-09,   0, true
			2025-08-09,  30, true
			2025-08-08,   0, false
			2025-08-08,   1, true
			2025-07-10,  30, true
			2025-07-09,  30, false
			2025-06-01,  69, true
			2025-06-01,  68, false
			2024-08-10, 364, true
			2024-08-10, 363, false
			2025-08-10,  30, false
			2025-08-10,   0, false
			2026-01-01, 365, false
			""")
	@DisplayName("任期満了が近い: 満了日が今日から今日+日数までに入る (満了済みは含まない)")
	void endsWithinTheDaysFromToday(LocalDate today, int days, boolean endsWithin) {
		assertThat(R6_TERM.endsWithin(today, days)).isEqualTo(endsWithin);
	}

	private static String label(Term term) {
		return Wareki.formatShort(term.start()) + "～" + Wareki.formatShort(term.end());
	}

}
