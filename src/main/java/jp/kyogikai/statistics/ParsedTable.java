package jp.kyogikai.statistics;

import java.util.List;
import java.util.Map;

import jp.kyogikai.statistics.rule.Position;
import jp.kyogikai.statistics.rule.StatisticsSection;

/**
 * A table read from a file, checked and ready to be written.
 *
 * @param section which table
 * @param asOf its 時点, {@code null} for none
 * @param counts every cell of a table of counts; empty for a list of companies
 * @param companies the companies of a list; empty for a table of counts
 */
record ParsedTable(StatisticsSection section, String asOf, Map<Position, Long> counts, List<CompanyLine> companies) {

	ParsedTable {
		counts = Map.copyOf(counts);
		companies = List.copyOf(companies);
	}

}
