package jp.kyogikai.member.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rosters of the tables are written as groups joined by {@code +}, each
 * {@code N人 区分 開始～終了}:
 * {@code 9人 市町村 2024-08-10～2025-08-09 + 1人 住民 2025-01-01～2025-08-09}. Every generated
 * seat is a different person; the proposed appointment is 委員1.
 */
@DisplayName("委員の定数・区分の上限・任期の重複 (RosterLimits)")
class RosterLimitsTests {

	private static final Map<String, Long> CATEGORIES = Map.of("市町村", 1L, "運送事業者", 2L, "住民", 3L, "学識経験者", 4L);

	private static final long MEMBER = 1;

	/** 市町村 3人以内, 運送事業者 2人以内; 住民 and 学識経験者 without a cap. */
	private static final Map<Long, Integer> CAPS = Map.of(1L, 3, 2L, 2);

	@ParameterizedTest(name = "{0} に在任: {1}人")
	@CsvSource(textBlock = """
			2024-08-09, 0
			2024-08-10, 2
			2024-12-31, 2
			2025-01-01, 1
			2025-01-14, 1
			2025-01-15, 2
			2025-08-09, 2
			2025-08-10, 1
			2026-08-09, 1
			2026-08-10, 0
			""")
	@DisplayName("ある日に在任する委員の数: 開始日と終了日を含み、終了日の翌日からは数えない")
	void countsTheSeatsInOfficeOnADay(LocalDate date, int count) {
		Term appointed = Term.standard(LocalDate.of(2024, 8, 10), 12);
		Term resigned = appointed.endedOn(LocalDate.of(2024, 12, 31));
		List<Seat> seats = List.of(new Seat(10, 1, appointed), new Seat(11, 2, resigned),
				new Seat(12, 2, Term.substitute(LocalDate.of(2025, 1, 15), appointed)),
				new Seat(10, 1, appointed.next(12)));
		assertThat(RosterLimits.inOffice(seats, date)).isEqualTo(count);
	}

	@Test
	@DisplayName("委員のいない名簿では誰も在任しない")
	void countsNobodyInAnEmptyRoster() {
		assertThat(RosterLimits.inOffice(List.of(), LocalDate.of(2025, 1, 1))).isZero();
	}

	@ParameterizedTest(name = "委員1の任期R6.8.10～R7.8.9 (市町村) があるとき、委員1を{0}で{1}～{2}に → 重複={3}")
	@CsvSource(textBlock = """
			市町村,     2025-08-10, 2026-08-09, false
			市町村,     2023-08-10, 2024-08-09, false
			市町村,     2025-08-09, 2026-08-08, true
			市町村,     2023-08-10, 2024-08-10, true
			市町村,     2024-08-10, 2025-08-09, true
			市町村,     2024-12-01, 2024-12-31, true
			市町村,     2023-01-01, 2026-12-31, true
			運送事業者, 2025-01-01, 2025-12-31, true
			住民,       2025-08-10, 2026-08-09, false
			""")
	@DisplayName("同じ人の任期は重ならない: 重なれば他方の任期の開始日と終了日を示す、翌日からの再任はよい")
	void rejectsOverlappingAppointmentsOfTheSamePerson(String category, LocalDate start, LocalDate end,
			boolean overlap) {
		Term existing = new Term(LocalDate.of(2024, 8, 10), LocalDate.of(2025, 8, 9));
		List<Seat> others = List.of(new Seat(MEMBER, 1, existing));
		List<RosterViolation> violations = new RosterLimits(10, Map.of()).check(others, proposed(category, start, end));
		if (overlap) {
			assertThat(violations).containsExactly(
					new RosterViolation("appointment.overlap", LocalDate.of(2024, 8, 10), LocalDate.of(2025, 8, 9)));
		}
		else {
			assertThat(violations).isEmpty();
		}
	}

	@Test
	@DisplayName("別の人が同じ任期でも重複ではない")
	void allowsTheSameTermForAnotherPerson() {
		Term term = Term.standard(LocalDate.of(2024, 8, 10), 12);
		List<Seat> others = List.of(new Seat(2, 1, term), new Seat(3, 1, term));
		assertThat(new RosterLimits(10, Map.of()).check(others, new Seat(MEMBER, 1, term))).isEmpty();
	}

	@Test
	@DisplayName("再任を重ねた委員: 次の任期はよい、いずれかの任期と重なれば、その任期を示す")
	void namesTheTermThatOverlapsAmongSeveral() {
		Term first = Term.standard(LocalDate.of(2023, 8, 10), 12);
		Term second = first.next(12);
		List<Seat> others = List.of(new Seat(MEMBER, 1, first), new Seat(MEMBER, 1, second));
		RosterLimits limits = new RosterLimits(10, Map.of());

		assertThat(limits.check(others, new Seat(MEMBER, 1, second.next(12)))).isEmpty();
		assertThat(limits.check(others, new Seat(MEMBER, 1, Term.standard(LocalDate.of(2025, 1, 1), 12))))
			.containsExactly(new RosterViolation("appointment.overlap", second.start(), second.end()));
		assertThat(limits.check(others, new Seat(MEMBER, 1, Term.standard(LocalDate.of(2023, 1, 1), 12))))
			.containsExactly(new RosterViolation("appointment.overlap", first.start(), first.end()));
	}

	@Test
	@DisplayName("二つの任期と重なっても、重複の指摘は一つ")
	void reportsAnOverlapOnce() {
		Term first = Term.standard(LocalDate.of(2023, 8, 10), 12);
		Term second = first.next(12);
		List<Seat> others = List.of(new Seat(MEMBER, 1, first), new Seat(MEMBER, 1, second));
		List<RosterViolation> violations = new RosterLimits(10, Map.of()).check(others,
				new Seat(MEMBER, 1, new Term(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))));
		assertThat(violations).singleElement()
			.satisfies((violation) -> assertThat(violation.code()).isEqualTo("appointment.overlap"))
			.satisfies((violation) -> assertThat(violation.arguments()).isIn(List.of(first.start(), first.end()),
					List.of(second.start(), second.end())));
	}

	@ParameterizedTest(name = "委員{0}人以内、在任 [{1}]、新たに{2}～{3} → 定数超過={4}")
	@CsvSource(delimiter = '|',
			textBlock = """
					10 |                                                                                | 2024-08-10 | 2025-08-09 | false
					10 | 9人 市町村 2024-08-10～2025-08-09                                              | 2024-08-10 | 2025-08-09 | false
					10 | 10人 市町村 2024-08-10～2025-08-09                                             | 2024-08-10 | 2025-08-09 | true
					10 | 4人 市町村 2024-08-10～2025-08-09 + 3人 運送事業者 2024-08-10～2025-08-09 + 3人 住民 2024-08-10～2025-08-09 | 2024-08-10 | 2025-08-09 | true
					10 | 10人 市町村 2024-08-10～2025-08-09                                             | 2025-08-10 | 2026-08-09 | false
					10 | 10人 市町村 2024-08-10～2025-08-09                                             | 2025-08-09 | 2026-08-08 | true
					10 | 10人 市町村 2024-08-10～2025-08-09                                             | 2023-08-10 | 2024-08-09 | false
					10 | 10人 市町村 2024-08-10～2025-08-09                                             | 2023-08-10 | 2024-08-10 | true
					10 | 10人 市町村 2024-08-10～2025-08-09                                             | 2025-01-01 | 2025-01-01 | true
					10 | 9人 市町村 2024-08-10～2025-08-09 + 1人 住民 2025-01-01～2025-08-09             | 2024-08-10 | 2025-08-09 | true
					10 | 9人 市町村 2024-08-10～2025-08-09 + 1人 住民 2025-08-09～2026-08-08             | 2024-08-10 | 2025-08-09 | true
					10 | 9人 市町村 2024-08-10～2025-08-09 + 1人 住民 2025-08-10～2026-08-09             | 2024-08-10 | 2025-08-09 | false
					10 | 9人 市町村 2024-08-10～2025-08-09 + 1人 住民 2023-08-10～2024-08-10             | 2024-08-10 | 2025-08-09 | true
					10 | 9人 市町村 2024-08-10～2025-08-09 + 1人 住民 2023-08-10～2024-08-09             | 2024-08-10 | 2025-08-09 | false
					10 | 9人 市町村 2024-08-10～2025-08-09 + 1人 住民 2025-01-01～2025-08-09             | 2024-08-10 | 2024-12-31 | false
					10 | 5人 市町村 2024-08-10～2024-12-31 + 5人 住民 2025-01-01～2025-08-09             | 2024-08-10 | 2025-08-09 | false
					10 | 5人 市町村 2024-08-10～2024-12-31 + 5人 住民 2024-12-31～2025-08-09             | 2024-08-10 | 2025-08-09 | true
					10 | 4人 市町村 2024-08-10～2024-10-31 + 3人 住民 2024-09-01～2025-08-09 + 3人 運送事業者 2024-10-01～2025-08-09 | 2024-08-10 | 2025-08-09 | true
					10 | 4人 市町村 2024-08-10～2024-10-31 + 3人 住民 2024-09-01～2025-08-09 + 3人 運送事業者 2024-10-01～2025-08-09 | 2024-11-01 | 2025-08-09 | false
					10 | 4人 市町村 2024-08-10～2024-10-31 + 3人 住民 2024-09-01～2025-08-09 + 3人 運送事業者 2024-10-01～2025-08-09 | 2024-08-10 | 2024-09-30 | false
					 8 | 10人 市町村 2024-08-10～2025-08-09                                             | 2025-01-01 | 2025-08-09 | true
					15 | 14人 住民 2024-04-01～2026-03-31                                               | 2024-04-01 | 2026-03-31 | false
					15 | 15人 住民 2024-04-01～2026-03-31                                               | 2025-10-01 | 2026-03-31 | true
					 1 |                                                                                | 2024-08-10 | 2025-08-09 | false
					 1 | 1人 学識経験者 2024-08-10～2024-08-10                                           | 2024-08-10 | 2025-08-09 | true
					 1 | 1人 学識経験者 2024-08-10～2024-08-10                                           | 2024-08-11 | 2025-08-09 | false
					""")
	@DisplayName("委員N人以内: 新しい任期の中で最も多く在任する日に、定数を超えてはならない")
	void keepsTheRosterWithinTheMaximumOnEveryDay(int maxMembers, String roster, LocalDate start, LocalDate end,
			boolean exceeds) {
		List<RosterViolation> violations = new RosterLimits(maxMembers, Map.of()).check(seats(roster),
				proposed("市町村", start, end));
		if (exceeds) {
			assertThat(violations).containsExactly(new RosterViolation("appointment.maxMembers", maxMembers));
		}
		else {
			assertThat(violations).isEmpty();
		}
	}

	@Test
	@DisplayName("委員10人のうち1人がR6.12.31に辞任 → 補欠はR7.1.1からなら委嘱できる、R6.12.31からはできない")
	void freesTheSeatOfAnEarlyEndFromTheNextDay() {
		Term appointed = Term.standard(LocalDate.of(2024, 8, 10), 12);
		List<Seat> others = new ArrayList<>();
		for (long member = 10; member < 19; member++) {
			others.add(new Seat(member, 1, appointed));
		}
		others.add(new Seat(19, 1, appointed.endedOn(LocalDate.of(2024, 12, 31))));
		RosterLimits limits = new RosterLimits(10, Map.of());

		assertThat(RosterLimits.inOffice(others, LocalDate.of(2024, 12, 31))).isEqualTo(10);
		assertThat(RosterLimits.inOffice(others, LocalDate.of(2025, 1, 1))).isEqualTo(9);
		Term substitute = Term.substitute(LocalDate.of(2025, 1, 1), appointed);
		assertThat(limits.check(others, new Seat(MEMBER, 1, substitute))).isEmpty();
		Term tooEarly = Term.substitute(LocalDate.of(2024, 12, 31), appointed);
		assertThat(limits.check(others, new Seat(MEMBER, 1, tooEarly)))
			.containsExactly(new RosterViolation("appointment.maxMembers", 10));
		assertThat(limits.check(others, new Seat(MEMBER, 1, appointed)))
			.containsExactly(new RosterViolation("appointment.maxMembers", 10));
	}

	@ParameterizedTest(name = "市町村3人以内・運送事業者2人以内、在任 [{0}]、{1}に{2}～{3} → 上限超過={4}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					2人 市町村 2024-08-10～2025-08-09                                               | 市町村     | 2024-08-10 | 2025-08-09 | -
					3人 市町村 2024-08-10～2025-08-09                                               | 市町村     | 2024-08-10 | 2025-08-09 | 3
					3人 市町村 2024-08-10～2025-08-09                                               | 市町村     | 2025-08-09 | 2026-08-08 | 3
					3人 市町村 2024-08-10～2025-08-09                                               | 市町村     | 2025-08-10 | 2026-08-09 | -
					5人 市町村 2024-08-10～2025-08-09                                               | 市町村     | 2025-01-01 | 2025-08-09 | 3
					3人 市町村 2024-08-10～2025-08-09                                               | 運送事業者 | 2024-08-10 | 2025-08-09 | -
					3人 市町村 2024-08-10～2025-08-09                                               | 住民       | 2024-08-10 | 2025-08-09 | -
					1人 運送事業者 2024-08-10～2025-08-09                                           | 運送事業者 | 2024-08-10 | 2025-08-09 | -
					2人 運送事業者 2024-08-10～2025-08-09                                           | 運送事業者 | 2024-08-10 | 2025-08-09 | 2
					2人 運送事業者 2024-08-10～2025-08-09                                           | 市町村     | 2024-08-10 | 2025-08-09 | -
					2人 市町村 2024-08-10～2025-08-09 + 5人 運送事業者 2024-08-10～2025-08-09 + 5人 住民 2024-08-10～2025-08-09 | 市町村 | 2024-08-10 | 2025-08-09 | -
					2人 市町村 2024-08-10～2025-08-09 + 1人 市町村 2025-04-01～2025-08-09             | 市町村     | 2024-08-10 | 2025-08-09 | 3
					2人 市町村 2024-08-10～2025-08-09 + 1人 市町村 2025-04-01～2025-08-09             | 市町村     | 2024-08-10 | 2025-03-31 | -
					2人 市町村 2024-08-10～2025-08-09 + 1人 市町村 2025-08-10～2026-08-09             | 市町村     | 2024-08-10 | 2025-08-09 | -
					2人 市町村 2024-08-10～2024-12-31 + 2人 市町村 2025-01-01～2025-08-09             | 市町村     | 2024-08-10 | 2025-08-09 | -
					2人 市町村 2024-08-10～2024-12-31 + 2人 市町村 2024-12-31～2025-08-09             | 市町村     | 2024-08-10 | 2025-08-09 | 3
					10人 住民 2024-08-10～2025-08-09                                                | 住民       | 2024-08-10 | 2025-08-09 | -
					19人 学識経験者 2024-08-10～2025-08-09                                          | 学識経験者 | 2024-08-10 | 2025-08-09 | -
					""")
	@DisplayName("区分の上限: 新しい任期の中で同じ区分の在任者が上限を超えてはならない、上限のない区分は定数まで")
	void keepsEachCategoryWithinItsCap(String roster, String category, LocalDate start, LocalDate end,
			Integer exceededCap) {
		List<RosterViolation> violations = new RosterLimits(20, CAPS).check(seats(roster),
				proposed(category, start, end));
		if (exceededCap != null) {
			assertThat(violations).containsExactly(new RosterViolation("appointment.categoryCap", exceededCap));
		}
		else {
			assertThat(violations).isEmpty();
		}
	}

	@Test
	@DisplayName("委員1が任期中に再び委嘱され、定数も区分の上限も超える → 三つとも示す")
	void reportsEveryRuleBrokenAtOnce() {
		Term term = Term.standard(LocalDate.of(2024, 8, 10), 12);
		List<Seat> others = List.of(new Seat(MEMBER, 1, term), new Seat(2, 1, term), new Seat(3, 2, term));
		RosterLimits limits = new RosterLimits(3, Map.of(1L, 2));

		assertThat(limits.check(others, new Seat(MEMBER, 1, term))).containsExactlyInAnyOrder(
				new RosterViolation("appointment.overlap", term.start(), term.end()),
				new RosterViolation("appointment.maxMembers", 3), new RosterViolation("appointment.categoryCap", 2));
		assertThat(limits.check(others, new Seat(4, 1, term))).containsExactlyInAnyOrder(
				new RosterViolation("appointment.maxMembers", 3), new RosterViolation("appointment.categoryCap", 2));
		assertThat(limits.check(others, new Seat(4, 2, term)))
			.containsExactly(new RosterViolation("appointment.maxMembers", 3));
		assertThat(limits.check(others, new Seat(4, 1, term.next(12)))).isEmpty();
	}

	@Test
	@DisplayName("区分の上限は作成時に写し取られ、後から元の Map を変えても変わらない")
	void copiesTheCaps() {
		Map<Long, Integer> caps = new HashMap<>(Map.of(1L, 1));
		RosterLimits limits = new RosterLimits(10, caps);
		caps.put(1L, 5);
		caps.put(2L, 0);
		assertThat(limits.categoryCaps()).containsExactly(Map.entry(1L, 1));
		Term term = Term.standard(LocalDate.of(2024, 8, 10), 12);
		assertThat(limits.check(List.of(new Seat(2, 1, term)), new Seat(MEMBER, 1, term)))
			.containsExactly(new RosterViolation("appointment.categoryCap", 1));
	}

	@Test
	@DisplayName("違反は、メッセージコードと、メッセージに差し込む値の並び")
	void carriesTheCodeAndTheArgumentsOfTheMessage() {
		RosterViolation overlap = new RosterViolation("appointment.overlap", LocalDate.of(2024, 8, 10),
				LocalDate.of(2025, 8, 9));
		assertThat(overlap.code()).isEqualTo("appointment.overlap");
		assertThat(overlap.arguments()).containsExactly(LocalDate.of(2024, 8, 10), LocalDate.of(2025, 8, 9));
		assertThat(overlap).isEqualTo(new RosterViolation("appointment.overlap",
				List.of(LocalDate.of(2024, 8, 10), LocalDate.of(2025, 8, 9))));
		assertThat(new RosterViolation("appointment.endBeforeStart").arguments()).isEmpty();
	}

	@Test
	@DisplayName("表の名簿の書き方を読み違えない")
	void readsTheRostersOfTheTables() {
		List<Seat> seats = seats("2人 市町村 2024-08-10～2025-08-09 + 1人 住民 2025-01-01～2025-08-09");
		Term full = new Term(LocalDate.of(2024, 8, 10), LocalDate.of(2025, 8, 9));
		assertThat(seats).containsExactly(new Seat(100, 1, full), new Seat(101, 1, full),
				new Seat(102, 3, new Term(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 9))));
		assertThat(seats(null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> seats("2人 福祉 2024-08-10～2025-08-09"));
	}

	private static Seat proposed(String category, LocalDate start, LocalDate end) {
		return new Seat(MEMBER, category(category), new Term(start, end));
	}

	private static long category(String name) {
		Long id = CATEGORIES.get(name.strip());
		if (id == null) {
			throw new IllegalArgumentException("区分がありません: " + name);
		}
		return id;
	}

	/**
	 * Reads {@code N人 区分 開始～終了 + ...}; each seat a different person, from 委員100 on.
	 */
	private static List<Seat> seats(String roster) {
		List<Seat> seats = new ArrayList<>();
		if (roster == null || roster.isBlank()) {
			return seats;
		}
		long member = 100;
		for (String group : roster.split("\\+")) {
			String[] parts = group.strip().split("\\s+");
			if (parts.length != 3 || !parts[0].endsWith("人")) {
				throw new IllegalArgumentException("名簿の書き方が違います: " + group);
			}
			int count = Integer.parseInt(parts[0].substring(0, parts[0].length() - 1));
			String[] days = parts[2].split("～");
			Term term = new Term(LocalDate.parse(days[0]), LocalDate.parse(days[1]));
			for (int i = 0; i < count; i++) {
				seats.add(new Seat(member++, category(parts[1]), term));
			}
		}
		return seats;
	}

}
