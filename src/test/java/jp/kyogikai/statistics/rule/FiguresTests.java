package jp.kyogikai.statistics.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.statistics.rule.Figures.Line;
import jp.kyogikai.statistics.rule.Figures.LineKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The totals of the seed's tables (【佐久市の状況】 of 資料No.4): the entered counts give the
 * printed sub-totals and totals.
 */
class FiguresTests {

	private static final List<String> LEVELS = List.of("SUPPORT", "CARE_1", "CARE_2", "CARE_3", "CARE_4", "CARE_5");

	@Test
	void careCertificationAsTheSeedPrintsIt() {
		Figures figures = Figures.of(StatisticsSection.CARE_CERTIFICATION.matrix(),
				rows(LEVELS, "AGED_65_74", new long[] { 75, 83, 71, 41, 49, 31 }, "AGED_75_PLUS",
						new long[] { 788, 899, 796, 602, 716, 460 }, "SECOND_INSURED",
						new long[] { 7, 5, 13, 6, 5, 10 }));
		assertThat(figures.lines()).extracting(Line::row, Line::kind, Line::cells)
			.containsExactly(
					tuple("FIRST_INSURED", LineKind.SUBTOTAL, List.of(863L, 982L, 867L, 643L, 765L, 491L, 4_611L)),
					tuple("AGED_65_74", LineKind.PART, List.of(75L, 83L, 71L, 41L, 49L, 31L, 350L)),
					tuple("AGED_75_PLUS", LineKind.PART, List.of(788L, 899L, 796L, 602L, 716L, 460L, 4_261L)),
					tuple("SECOND_INSURED", LineKind.INPUT, List.of(7L, 5L, 13L, 6L, 5L, 10L, 46L)),
					tuple("TOTAL", LineKind.TOTAL, List.of(870L, 987L, 880L, 649L, 770L, 501L, 4_657L)));
		assertThat(figures.total()).isEqualTo(4_657);
		assertThat(figures.cell("FIRST_INSURED", "CARE_2")).isEqualTo(867);
		assertThat(figures.columnTotal("CARE_5")).isEqualTo(501);
		assertThat(figures.rowTotal("TOTAL")).isEqualTo(4_657);
	}

	@Test
	void homeCareServiceHasNoSubtotal() {
		Figures figures = Figures.of(StatisticsSection.HOME_CARE_SERVICE.matrix(), rows(LEVELS, "FIRST_INSURED",
				new long[] { 554, 798, 724, 407, 332, 200 }, "SECOND_INSURED", new long[] { 5, 4, 12, 4, 2, 7 }));
		assertThat(figures.lines()).extracting(Line::row, Line::kind, Line::cells)
			.containsExactly(
					tuple("FIRST_INSURED", LineKind.INPUT, List.of(554L, 798L, 724L, 407L, 332L, 200L, 3_015L)),
					tuple("SECOND_INSURED", LineKind.INPUT, List.of(5L, 4L, 12L, 4L, 2L, 7L, 34L)),
					tuple("TOTAL", LineKind.TOTAL, List.of(559L, 802L, 736L, 411L, 334L, 207L, 3_049L)));
	}

	@Test
	void physicalDisabilityTotalsBothWays() {
		List<String> kinds = List.of("VISUAL", "HEARING", "SPEECH", "LIMB", "INTERNAL");
		Figures figures = Figures.of(StatisticsSection.PHYSICAL_DISABILITY.matrix(),
				rows(kinds, "GRADE_1", new long[] { 87, 4, 0, 156, 620 }, "GRADE_2", new long[] { 76, 63, 0, 373, 7 },
						"GRADE_3", new long[] { 10, 142, 25, 402, 198 }, "GRADE_4", new long[] { 12, 59, 6, 490, 285 },
						"GRADE_5", new long[] { 20, 3, 0, 204, 0 }, "GRADE_6", new long[] { 4, 580, 0, 93, 1 }));
		List<Line> lines = figures.lines();
		assertThat(lines).extracting(Line::row)
			.containsExactly("GRADE_1", "GRADE_2", "GRADE_3", "GRADE_4", "GRADE_5", "GRADE_6", "TOTAL");
		assertThat(lines).extracting((line) -> line.cells().get(5))
			.containsExactly(867L, 519L, 777L, 852L, 227L, 678L, 3_920L);
		assertThat(lines.get(6).cells()).containsExactly(209L, 851L, 31L, 1_718L, 1_111L, 3_920L);
	}

	@Test
	void intellectualDisabilityAndMentalHealth() {
		Figures intellectual = Figures.of(StatisticsSection.INTELLECTUAL_DISABILITY.matrix(),
				rows(List.of("SEVERE", "MODERATE", "MILD"), "UNDER_18", new long[] { 52, 39, 109 }, "ADULT",
						new long[] { 265, 277, 293 }));
		assertThat(intellectual.total()).isEqualTo(1_035);
		assertThat(intellectual.lines().get(2).cells()).containsExactly(317L, 316L, 402L, 1_035L);
		Figures mental = Figures.of(StatisticsSection.MENTAL_HEALTH.matrix(),
				rows(List.of("GRADE_1", "GRADE_2", "GRADE_3"), "PERSONS", new long[] { 555, 653, 154 }));
		assertThat(mental.lines()).extracting(Line::row, Line::cells)
			.containsExactly(tuple("PERSONS", List.of(555L, 653L, 154L, 1_362L)));
	}

	@Test
	void outingSupportSumsRowsButNotPersonsAndUses() {
		Figures figures = Figures.of(StatisticsSection.OUTING_SUPPORT.matrix(),
				rows(List.of("USERS", "TRIPS"), "ELDERLY", new long[] { 36, 529 }, "DISABLED", new long[] { 5, 89 }));
		assertThat(figures.lines()).extracting(Line::row, Line::cells)
			.containsExactly(tuple("ELDERLY", List.of(36L, 529L)), tuple("DISABLED", List.of(5L, 89L)),
					tuple("TOTAL", List.of(41L, 618L)));
	}

	@Test
	void populationHasNeitherTotalRowNorColumn() {
		Figures figures = Figures.of(StatisticsSection.POPULATION.matrix(),
				rows(List.of("PERSONS"), "POPULATION", new long[] { 97_234 }, "AGED_65_PLUS", new long[] { 30_709 }));
		assertThat(figures.lines()).extracting(Line::row, Line::kind, Line::cells)
			.containsExactly(tuple("POPULATION", LineKind.INPUT, List.of(97_234L)),
					tuple("AGED_65_PLUS", LineKind.INPUT, List.of(30_709L)));
	}

	@Test
	void everyCellAndNothingElseNoneNegative() {
		MatrixLayout layout = StatisticsSection.OUTING_SUPPORT.matrix();
		Map<Position, Long> counts = rows(List.of("USERS", "TRIPS"), "ELDERLY", new long[] { 36, 529 }, "DISABLED",
				new long[] { 5, 89 });
		Map<Position, Long> missing = new HashMap<>(counts);
		missing.remove(new Position("DISABLED", "TRIPS"));
		assertThatIllegalArgumentException().isThrownBy(() -> Figures.of(layout, missing));
		Map<Position, Long> extra = new HashMap<>(counts);
		extra.put(new Position("OTHERS", "TRIPS"), 1L);
		assertThatIllegalArgumentException().isThrownBy(() -> Figures.of(layout, extra));
		Map<Position, Long> negative = new HashMap<>(counts);
		negative.put(new Position("DISABLED", "TRIPS"), -1L);
		assertThatIllegalArgumentException().isThrownBy(() -> Figures.of(layout, negative));
	}

	private static Map<Position, Long> rows(List<String> columns, Object... rowsAndCounts) {
		Map<Position, Long> counts = new HashMap<>();
		for (int i = 0; i < rowsAndCounts.length; i += 2) {
			String row = (String) rowsAndCounts[i];
			long[] values = (long[]) rowsAndCounts[i + 1];
			for (int c = 0; c < columns.size(); c++) {
				counts.put(new Position(row, columns.get(c)), values[c]);
			}
		}
		return counts;
	}

}
