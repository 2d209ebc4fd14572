package jp.kyogikai.statistics;

import java.time.Clock;
import java.time.LocalDate;

import jp.kyogikai.calendar.FiscalYear;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the statistics tables directly, so tests see what was stored, not what the pages
 * say.
 */
final class StatisticsTestSupport {

	private StatisticsTestSupport() {
	}

	static long municipality(JdbcClient jdbc, String name) {
		return jdbc.sql("select id from municipality where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	static FiscalYear currentYear(Clock clock) {
		return FiscalYear.of(LocalDate.now(clock));
	}

	/**
	 * A stored count, or {@code null} when the cell has none.
	 */
	static Integer figure(JdbcClient jdbc, long municipalityId, int year, String section, String row, String column) {
		return jdbc.sql("""
				select f.count from statistics_figure f
				join statistics_table t on t.id = f.table_id
				join statistics_year y on y.id = t.year_id
				where y.municipality_id = :m and y.fiscal_year = :y and t.section = :s
				and f.row_key = :r and f.column_key = :c
				""")
			.param("m", municipalityId)
			.param("y", year)
			.param("s", section)
			.param("r", row)
			.param("c", column)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	static long figures(JdbcClient jdbc, long municipalityId, int year) {
		return jdbc.sql("""
				select count(*) from statistics_figure f
				join statistics_table t on t.id = f.table_id
				join statistics_year y on y.id = t.year_id
				where y.municipality_id = :m and y.fiscal_year = :y
				""").param("m", municipalityId).param("y", year).query(Long.class).single();
	}

	static String asOf(JdbcClient jdbc, long municipalityId, int year, String section) {
		return jdbc.sql("""
				select t.as_of from statistics_table t join statistics_year y on y.id = t.year_id
				where y.municipality_id = :m and y.fiscal_year = :y and t.section = :s
				""")
			.param("m", municipalityId)
			.param("y", year)
			.param("s", section)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	static long version(JdbcClient jdbc, long municipalityId, int year, String section) {
		return jdbc.sql("""
				select t.version from statistics_table t join statistics_year y on y.id = t.year_id
				where y.municipality_id = :m and y.fiscal_year = :y and t.section = :s
				""").param("m", municipalityId).param("y", year).param("s", section).query(Long.class).single();
	}

	static boolean yearExists(JdbcClient jdbc, long municipalityId, int year) {
		return jdbc.sql("select count(*) from statistics_year where municipality_id = :m and fiscal_year = :y")
			.param("m", municipalityId)
			.param("y", year)
			.query(Long.class)
			.single() > 0;
	}

	static java.util.List<String> companies(JdbcClient jdbc, long municipalityId, int year, String section) {
		return jdbc.sql("""
				select c.position || ':' || c.name || ':' || c.count || ':' || coalesce(c.detail, '')
				from statistics_company c
				join statistics_table t on t.id = c.table_id
				join statistics_year y on y.id = t.year_id
				where y.municipality_id = :m and y.fiscal_year = :y and t.section = :s
				order by c.position
				""").param("m", municipalityId).param("y", year).param("s", section).query(String.class).list();
	}

}
