package jp.kyogikai.statistics.rule;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AgingRateTests {

	@Test
	void theSeedsAgingRateIs31Point6() {
		// 【佐久市の状況】: 人口 97,234, うち65歳以上人口 30,709, 高齢化率 31.6%
		assertThat(AgingRate.percent(30_709, 97_234)).contains(new BigDecimal("31.6"));
	}

	@ParameterizedTest(name = "{0} of {1} is {2}%")
	@CsvSource(textBlock = """
			# aged, population, per cent (one decimal, half up)
			1,      3,          33.3
			2,      3,          66.7
			1,      8,          12.5
			1,      16,         6.3
			1,      32,         3.1
			1,      1000,       0.1
			1,      2001,       0.0
			0,      100,        0.0
			100,    100,        100.0
			""")
	void roundsHalfUpToOneDecimal(long aged, long population, String percent) {
		BigDecimal rate = AgingRate.percent(aged, population).orElseThrow();
		assertThat(rate).isEqualTo(new BigDecimal(percent));
		assertThat(rate.toPlainString()).isEqualTo(percent);
	}

	@Test
	void noRateWithoutPopulation() {
		assertThat(AgingRate.percent(0, 0)).isEmpty();
	}

	@Test
	void negativeNumbersAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> AgingRate.percent(-1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> AgingRate.percent(1, -10));
	}

	@Test
	void theRateOfAPopulationTable() {
		Figures figures = Figures.of(StatisticsSection.POPULATION.matrix(), Map
			.of(new Position("POPULATION", "PERSONS"), 97_234L, new Position("AGED_65_PLUS", "PERSONS"), 30_709L));
		assertThat(AgingRate.of(figures)).contains(new BigDecimal("31.6"));
	}

	@ParameterizedTest
	@CsvSource({ "30709, 97234, true", "97234, 97234, true", "97235, 97234, false", "0, 0, true" })
	void moreOldPeopleThanPeopleIsImplausible(long aged, long population, boolean plausible) {
		assertThat(AgingRate.plausible(aged, population)).isEqualTo(plausible);
	}

}
