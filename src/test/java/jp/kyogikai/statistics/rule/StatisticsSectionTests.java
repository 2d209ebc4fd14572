package jp.kyogikai.statistics.rule;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StatisticsSectionTests {

	@Test
	void everySectionIsFoundByItsSlug() {
		for (StatisticsSection section : StatisticsSection.values()) {
			assertThat(StatisticsSection.bySlug(section.slug())).contains(section);
		}
		assertThat(Arrays.stream(StatisticsSection.values()).map(StatisticsSection::slug).distinct())
			.hasSize(StatisticsSection.values().length);
		assertThat(StatisticsSection.bySlug("POPULATION")).isEmpty();
		assertThat(StatisticsSection.bySlug("../population")).isEmpty();
	}

	@Test
	void theCareTablesAreOneAndTwoUnderOneHeading() {
		assertThat(StatisticsSection.CARE_CERTIFICATION.group()).isEqualTo(StatisticsSection.Group.CARE);
		assertThat(StatisticsSection.CARE_CERTIFICATION.numberInGroup()).isEqualTo(1);
		assertThat(StatisticsSection.HOME_CARE_SERVICE.numberInGroup()).isEqualTo(2);
		assertThat(StatisticsSection.POPULATION.numberInGroup()).isZero();
	}

	@Test
	void transportTablesAreListsOfCompanies() {
		assertThat(Arrays.stream(StatisticsSection.values()).filter((s) -> !s.hasFigures()))
			.containsExactly(StatisticsSection.RAILWAY, StatisticsSection.BUS, StatisticsSection.TAXI);
		assertThat(StatisticsSection.TAXI.companies().numbered()).isTrue();
		assertThat(StatisticsSection.TAXI.companies().columns()).containsExactly(CompanyLayout.Column.NAME,
				CompanyLayout.Column.DETAIL, CompanyLayout.Column.COUNT);
		assertThatIllegalStateException().isThrownBy(StatisticsSection.BUS::matrix);
		assertThatIllegalStateException().isThrownBy(StatisticsSection.POPULATION::companies);
	}

	@Test
	void theFirstInsuredAreComputedFromTheirAgeBands() {
		MatrixLayout care = StatisticsSection.CARE_CERTIFICATION.matrix();
		assertThat(care.rows()).doesNotContain("FIRST_INSURED");
		assertThat(care.subtotals()).singleElement()
			.satisfies((subtotal) -> assertThat(subtotal.parts()).containsExactly("AGED_65_74", "AGED_75_PLUS"));
		assertThat(care.positions()).hasSize(3 * 6);
		assertThat(care.printedRows()).extracting(MatrixLayout.PrintedRow::computed)
			.containsExactly(true, false, false, false, true);
	}

}
