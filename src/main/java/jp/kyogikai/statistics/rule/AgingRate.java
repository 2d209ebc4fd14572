package jp.kyogikai.statistics.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * 高齢化率: the share of the population aged 65 or over, in per cent rounded half up to one
 * decimal, as municipal statistics print it (30,709 of 97,234 is 31.6%).
 */
public final class AgingRate {

	/** The row of 人口 in the population table. */
	public static final String POPULATION = "POPULATION";

	/** The row of うち65歳以上人口 in the population table. */
	public static final String AGED_65_AND_OVER = "AGED_65_PLUS";

	/** The population table's only column. */
	public static final String PERSONS = "PERSONS";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private AgingRate() {
	}

	/**
	 * The rate.
	 * @param aged65AndOver うち65歳以上人口
	 * @param population 人口
	 * @return the per cent with one decimal, empty when the population is 0
	 * @throws IllegalArgumentException for negative numbers
	 */
	public static Optional<BigDecimal> percent(long aged65AndOver, long population) {
		if (aged65AndOver < 0 || population < 0) {
			throw new IllegalArgumentException("Negative population: " + aged65AndOver + " of " + population);
		}
		if (population == 0) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(aged65AndOver)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP));
	}

	/**
	 * The rate of a population table ({@link StatisticsSection#POPULATION}).
	 * @param population the table's figures
	 * @return the per cent with one decimal, empty when the population is 0
	 */
	public static Optional<BigDecimal> of(Figures population) {
		return percent(population.count(AGED_65_AND_OVER, PERSONS), population.count(POPULATION, PERSONS));
	}

	/**
	 * Whether the two numbers can be true together: no more people aged 65 or over than
	 * people.
	 * @param aged65AndOver うち65歳以上人口
	 * @param population 人口
	 * @return {@code false} when the part exceeds the whole
	 */
	public static boolean plausible(long aged65AndOver, long population) {
		return aged65AndOver <= population;
	}

}
