package jp.kyogikai.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jp.kyogikai.statistics.rule.CompanyLayout;
import jp.kyogikai.statistics.rule.MatrixLayout;
import jp.kyogikai.statistics.rule.StatisticsSection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table, row and column has its Japanese label, so the page, the PDF and the CSV
 * file never print a key.
 */
class StatisticsLabelsTests {

	@Test
	void everyTableRowAndColumnHasALabel() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> keys = new ArrayList<>();
		keys.add("statistics.group." + StatisticsSection.Group.CARE.name());
		keys.add("statistics.column.total");
		for (StatisticsSection section : StatisticsSection.values()) {
			keys.add("enum.StatisticsSection." + section.name());
			if (section.hasFigures()) {
				keys.add("statistics.corner." + section.name());
				for (MatrixLayout.PrintedRow row : section.matrix().printedRows()) {
					keys.add("statistics.row." + section.name() + "." + row.key());
				}
				section.matrix()
					.columns()
					.forEach((column) -> keys.add("statistics.column." + section.name() + "." + column));
			}
			else {
				for (CompanyLayout.Column column : section.companies().columns()) {
					keys.add("statistics.column." + section.name() + "." + column.name());
				}
			}
		}
		assertThat(keys).hasSizeGreaterThan(70);
		assertThat(keys).allSatisfy((key) -> assertThat(messages).containsKey(key));
	}

	@Test
	void aCellIsNamedByItsRowAndColumn() {
		StatisticsLabels labels = StatisticsCsvReaderTests.LABELS;
		assertThat(labels.cell(StatisticsSection.CARE_CERTIFICATION,
				new jp.kyogikai.statistics.rule.Position("SECOND_INSURED", "CARE_3")))
			.isEqualTo("第2号被保険者・要介護3");
		assertThat(labels.cell(StatisticsSection.POPULATION,
				new jp.kyogikai.statistics.rule.Position("AGED_65_PLUS", "PERSONS")))
			.isEqualTo("うち65歳以上人口");
		assertThat(labels.cell(StatisticsSection.MENTAL_HEALTH,
				new jp.kyogikai.statistics.rule.Position("PERSONS", "GRADE_2")))
			.isEqualTo("精神保健福祉手帳交付状況・2級");
		assertThat(labels.unit(StatisticsSection.PHYSICAL_DISABILITY)).isEqualTo("（単位：人）");
		assertThat(labels.unit(StatisticsSection.POPULATION)).isNull();
	}

}
