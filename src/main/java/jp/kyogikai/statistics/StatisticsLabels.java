package jp.kyogikai.statistics;

import java.util.Locale;

import jp.kyogikai.statistics.rule.CompanyLayout;
import jp.kyogikai.statistics.rule.MatrixLayout;
import jp.kyogikai.statistics.rule.Position;
import jp.kyogikai.statistics.rule.StatisticsSection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Japanese labels of the tables, their rows and columns, from
 * {@code messages.properties}: the page, the PDF and the CSV file all use these, so the
 * three say the same.
 */
@Component
class StatisticsLabels {

	private static final Locale LOCALE = Locale.JAPAN;

	private final MessageSource messages;

	StatisticsLabels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * 要介護（要支援）認定者数.
	 */
	String title(StatisticsSection section) {
		return text("enum.StatisticsSection." + section.name());
	}

	/**
	 * 要介護認定者の状況, the heading over (1) and (2).
	 */
	String group(StatisticsSection.Group group) {
		return text("statistics.group." + group.name());
	}

	String row(StatisticsSection section, String row) {
		return text("statistics.row." + section.name() + "." + row);
	}

	/**
	 * An input column's label, or 計 for the total column.
	 */
	String column(StatisticsSection section, String column) {
		return MatrixLayout.TOTAL.equals(column) ? text("statistics.column.total")
				: text("statistics.column." + section.name() + "." + column);
	}

	String column(StatisticsSection section, CompanyLayout.Column column) {
		return text("statistics.column." + section.name() + "." + column.name());
	}

	/**
	 * The label over the row labels (等級), empty for none.
	 */
	String corner(StatisticsSection section) {
		return this.messages.getMessage("statistics.corner." + section.name(), null, "", LOCALE);
	}

	/**
	 * （単位：人）, or {@code null} when the table shows its units otherwise.
	 */
	String unit(StatisticsSection section) {
		return this.messages.getMessage("statistics.unit." + section.name(), null, null, LOCALE);
	}

	String agingRate() {
		return text("statistics.agingRate");
	}

	/**
	 * 高齢化率（％）, the row's label in the CSV file.
	 */
	String agingRateWithUnit() {
		return text("statistics.agingRate.withUnit");
	}

	/**
	 * A cell's name in messages: 第2号被保険者・要介護3.
	 */
	String cell(StatisticsSection section, Position position) {
		if (section.matrix().columns().size() == 1) {
			return row(section, position.row());
		}
		if (section.matrix().rows().size() == 1) {
			return title(section) + "・" + column(section, position.column());
		}
		return row(section, position.row()) + "・" + column(section, position.column());
	}

	String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LOCALE);
	}

}
