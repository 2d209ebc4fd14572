package jp.kyogikai.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.statistics.rule.Figures;
import jp.kyogikai.statistics.rule.Position;
import jp.kyogikai.statistics.rule.StatisticsSection;
import jp.kyogikai.support.JpaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A year's tables as stored: one row per table, one per entered cell, the companies in
 * order; totals are not stored; the database refuses what the rules refuse.
 */
@JpaTest
class StatisticsPersistenceTests {

	@Autowired
	TestEntityManager entities;

	@Autowired
	StatisticsYearRepository years;

	@Autowired
	StatisticsTableRepository tables;

	@Autowired
	JdbcClient jdbc;

	long municipalityId;

	@BeforeEach
	void setUp() {
		this.municipalityId = this.entities.persist(new Municipality("909999", "長野県", "統計市")).getId();
	}

	@Test
	void aYearHasOneTablePerSectionAndKeepsItsCounts() {
		StatisticsYear year = this.years.save(new StatisticsYear(this.municipalityId, new FiscalYear(2025)));
		Map<Position, Long> counts = outing(36, 529, 5, 89);
		year.table(StatisticsSection.OUTING_SUPPORT).orElseThrow().replaceFigures(" 令和6年度実績 ", counts);
		this.entities.flush();
		this.entities.clear();

		StatisticsYear read = this.years.findByMunicipalityIdAndFiscalYear(this.municipalityId, 2025).orElseThrow();
		assertThat(read.getFiscalYear()).isEqualTo(new FiscalYear(2025));
		assertThat(read.getTables()).extracting(StatisticsTable::getSection)
			.containsExactlyInAnyOrder(StatisticsSection.values());
		StatisticsTable outing = read.table(StatisticsSection.OUTING_SUPPORT).orElseThrow();
		assertThat(outing.getAsOf()).isEqualTo("令和6年度実績");
		Figures figures = outing.figures();
		assertThat(figures.counts()).isEqualTo(counts);
		assertThat(figures.columnTotal("TRIPS")).isEqualTo(618);
		assertThat(read.table(StatisticsSection.POPULATION).orElseThrow().figures()).isNull();
		assertThat(read.table(StatisticsSection.POPULATION).orElseThrow().isEntered()).isFalse();
		assertThat(this.jdbc.sql(
				"select count(*) from statistics_figure f join statistics_table t on t.id = f.table_id join statistics_year y on y.id = t.year_id where y.municipality_id = :m")
			.param("m", this.municipalityId)
			.query(Long.class)
			.single()).isEqualTo(4);
		assertThat(this.jdbc.sql(
				"select count(*) from statistics_figure f join statistics_table t on t.id = f.table_id join statistics_year y on y.id = t.year_id where y.municipality_id = :m and f.row_key = 'TOTAL'")
			.param("m", this.municipalityId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void changedCountsAreUpdatedInPlace() {
		StatisticsYear year = this.years.save(new StatisticsYear(this.municipalityId, new FiscalYear(2025)));
		year.table(StatisticsSection.OUTING_SUPPORT).orElseThrow().replaceFigures(null, outing(36, 529, 5, 89));
		this.entities.flush();
		List<Long> ids = this.jdbc.sql(
				"select f.id from statistics_figure f join statistics_table t on t.id = f.table_id join statistics_year y on y.id = t.year_id where y.municipality_id = :m order by f.id")
			.param("m", this.municipalityId)
			.query(Long.class)
			.list();
		year.table(StatisticsSection.OUTING_SUPPORT).orElseThrow().replaceFigures(null, outing(40, 529, 5, 90));
		this.entities.flush();
		assertThat(this.jdbc.sql(
				"select f.id from statistics_figure f join statistics_table t on t.id = f.table_id join statistics_year y on y.id = t.year_id where y.municipality_id = :m order by f.id")
			.param("m", this.municipalityId)
			.query(Long.class)
			.list()).isEqualTo(ids);
		assertThat(this.jdbc.sql(
				"select sum(f.count) from statistics_figure f join statistics_table t on t.id = f.table_id join statistics_year y on y.id = t.year_id where y.municipality_id = :m")
			.param("m", this.municipalityId)
			.query(Long.class)
			.single()).isEqualTo(40 + 529 + 5 + 90);
	}

	@Test
	void companiesKeepTheirOrderWhenTheListChanges() {
		StatisticsYear year = this.years.save(new StatisticsYear(this.municipalityId, new FiscalYear(2025)));
		StatisticsTable bus = year.table(StatisticsSection.BUS).orElseThrow();
		bus.replaceCompanies("令和7年3月末現在", List.of(new CompanyLine("千曲バス", 3, "中仙道線、山手線、佐久御代田線"),
				new CompanyLine("東信観光バス(株)", 2, "布施線、春日線"), new CompanyLine("しげのマツバタクシー(有)", 1, null)));
		this.entities.flush();
		bus.replaceCompanies("令和8年3月末現在",
				List.of(new CompanyLine("東信観光バス(株)", 2, "布施線、春日線"), new CompanyLine("千曲バス", 4, "中仙道線")));
		this.entities.flush();
		this.entities.clear();
		assertThat(this.years.findByMunicipalityIdAndFiscalYear(this.municipalityId, 2025)
			.orElseThrow()
			.table(StatisticsSection.BUS)
			.orElseThrow()
			.companyLines())
			.containsExactly(new CompanyLine("東信観光バス(株)", 2, "布施線、春日線"), new CompanyLine("千曲バス", 4, "中仙道線"));
		assertThat(this.jdbc.sql(
				"select c.position from statistics_company c join statistics_table t on t.id = c.table_id join statistics_year y on y.id = t.year_id where y.municipality_id = :m order by c.position")
			.param("m", this.municipalityId)
			.query(Integer.class)
			.list()).containsExactly(1, 2);
	}

	@Test
	void aTableTakesOnlyTheCellsOfItsLayout() {
		StatisticsYear year = this.years.save(new StatisticsYear(this.municipalityId, new FiscalYear(2025)));
		StatisticsTable population = year.table(StatisticsSection.POPULATION).orElseThrow();
		assertThatIllegalArgumentException().isThrownBy(() -> population.replaceFigures(null, outing(1, 2, 3, 4)));
		StatisticsTable taxi = year.table(StatisticsSection.TAXI).orElseThrow();
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> taxi.replaceFigures(null, outing(1, 2, 3, 4)));
	}

	@Test
	void theDatabaseRefusesASecondYear() {
		this.years.saveAndFlush(new StatisticsYear(this.municipalityId, new FiscalYear(2025)));
		assertThatThrownBy(() -> this.years.saveAndFlush(new StatisticsYear(this.municipalityId, new FiscalYear(2025))))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesANegativeCount() {
		StatisticsYear year = this.years.saveAndFlush(new StatisticsYear(this.municipalityId, new FiscalYear(2025)));
		long table = year.table(StatisticsSection.MENTAL_HEALTH).orElseThrow().getId();
		assertThatThrownBy(() -> this.jdbc.sql(
				"insert into statistics_figure (table_id, row_key, column_key, count) values (:t, 'PERSONS', 'GRADE_1', -1)")
			.param("t", table)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesAnUnknownSection() {
		StatisticsYear year = this.years.saveAndFlush(new StatisticsYear(this.municipalityId, new FiscalYear(2026)));
		assertThatThrownBy(() -> this.jdbc.sql("insert into statistics_table (year_id, section) values (:y, 'WEATHER')")
			.param("y", year.getId())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	private static Map<Position, Long> outing(long elderlyUsers, long elderlyTrips, long disabledUsers,
			long disabledTrips) {
		Map<Position, Long> counts = new HashMap<>();
		counts.put(new Position("ELDERLY", "USERS"), elderlyUsers);
		counts.put(new Position("ELDERLY", "TRIPS"), elderlyTrips);
		counts.put(new Position("DISABLED", "USERS"), disabledUsers);
		counts.put(new Position("DISABLED", "TRIPS"), disabledTrips);
		return counts;
	}

}
