package jp.kyogikai.statistics.rule;

import java.util.List;

/**
 * The columns of a list of transport companies (鉄道, バス, タクシー): every row has a company
 * name, a count (路線数, 所有車両数) and a text (駅, 路線名, 事業所), in an order of the table's own.
 *
 * @param columns the columns, left to right
 * @param numbered whether the rows are numbered 1, 2, 3 … in a first column (タクシー)
 */
public record CompanyLayout(List<Column> columns, boolean numbered) {

	/**
	 * Copies the columns.
	 * @param columns each of {@link Column} once
	 * @param numbered whether the rows are numbered
	 */
	public CompanyLayout {
		columns = List.copyOf(columns);
		if (columns.size() != Column.values().length || columns.stream().distinct().count() != columns.size()) {
			throw new IllegalArgumentException("A company list has each column once: " + columns);
		}
	}

	/**
	 * A column of a company list.
	 */
	public enum Column {

		/** 会社名. */
		NAME,

		/** A count: 路線数 or 所有車両数. */
		COUNT,

		/** A text: the stations, the routes' names or the office. */
		DETAIL

	}

}
