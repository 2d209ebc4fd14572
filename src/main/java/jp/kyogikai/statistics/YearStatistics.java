package jp.kyogikai.statistics;

import java.util.List;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.statistics.rule.CompanyLayout;
import jp.kyogikai.statistics.rule.Figures;
import jp.kyogikai.statistics.rule.StatisticsSection;

/**
 * A year's statistics as the page, the PDF and the CSV file show them: every table with
 * its labels and its computed totals.
 *
 * @param municipalityId the municipality
 * @param municipalityName its name (佐久市)
 * @param fiscalYear the 年度
 * @param tables every table, in the order of {@link StatisticsSection}
 */
public record YearStatistics(long municipalityId, String municipalityName, FiscalYear fiscalYear,
		List<TableView> tables) {

	public YearStatistics {
		tables = List.copyOf(tables);
	}

	/**
	 * Whether any table has been entered.
	 * @return {@code false} for a year with empty tables only
	 */
	public boolean anyEntered() {
		return this.tables.stream().anyMatch(TableView::entered);
	}

	public TableView table(StatisticsSection section) {
		return this.tables.stream().filter((table) -> table.section() == section).findFirst().orElseThrow();
	}

	/**
	 * One table.
	 *
	 * @param section which table
	 * @param title its title (要介護（要支援）認定者数)
	 * @param groupTitle the heading over its group when it is the group's first table
	 * (要介護認定者の状況), otherwise {@code null}
	 * @param numberInGroup (1), (2) within a group, 0 without one
	 * @param asOf its 時点 as written (令和7年3月時点), {@code null} for none
	 * @param unit （単位：人）, or {@code null}
	 * @param version the version an edit starts from
	 * @param matrix a table of counts, {@code null} for a list of companies
	 * @param companies a list of companies, {@code null} for a table of counts
	 */
	public record TableView(StatisticsSection section, String title, String groupTitle, int numberInGroup, String asOf,
			String unit, long version, MatrixView matrix, CompanyListView companies) {

		/**
		 * Whether the table has been entered (counts, or at least one company).
		 * @return {@code true} when there is something to show
		 */
		public boolean entered() {
			return (this.matrix != null) ? this.matrix.figures() != null : !this.companies.rows().isEmpty();
		}

		/**
		 * The heading as the document prints it: 人口等の状況（令和7年5月末現在）, or (1) … within a
		 * group.
		 * @return the heading
		 */
		public String heading() {
			String number = (this.numberInGroup > 0) ? "(" + this.numberInGroup + ") " : "";
			return number + this.title + ((this.asOf != null) ? "（" + this.asOf + "）" : "");
		}

	}

	/**
	 * A table of counts.
	 *
	 * @param corner the label over the row labels (等級), may be empty
	 * @param columns the column labels, with 計 last when the table has a total column
	 * @param figures the counts, {@code null} when not yet entered
	 * @param lines the printed rows with their labels, their cells empty when not entered
	 * @param agingRate the 高齢化率 in per cent (31.6) for the population table, otherwise
	 * {@code null}
	 */
	public record MatrixView(String corner, List<String> columns, Figures figures, List<LineView> lines,
			String agingRate) {

		public MatrixView {
			columns = List.copyOf(columns);
			lines = List.copyOf(lines);
		}

	}

	/**
	 * A printed row of a table of counts.
	 *
	 * @param label 第1号被保険者, うち75歳以上, 総数
	 * @param kind entered, part, sub-total or total
	 * @param cells the values, the row's total last when the table has a total column;
	 * empty when the table is not entered
	 */
	public record LineView(String label, Figures.LineKind kind, List<Long> cells) {

		public LineView {
			cells = List.copyOf(cells);
		}

		public boolean computed() {
			return this.kind == Figures.LineKind.SUBTOTAL || this.kind == Figures.LineKind.TOTAL;
		}

	}

	/**
	 * A list of companies.
	 *
	 * @param order the columns in their order
	 * @param columns their labels, in that order
	 * @param numbered whether the rows are numbered
	 * @param rows the companies
	 */
	public record CompanyListView(List<CompanyLayout.Column> order, List<String> columns, boolean numbered,
			List<CompanyLine> rows) {

		public CompanyListView {
			order = List.copyOf(order);
			columns = List.copyOf(columns);
			rows = List.copyOf(rows);
		}

		/**
		 * A company's cells in the list's order, the count without separators.
		 * @param line the company
		 * @return the texts
		 */
		public List<String> cells(CompanyLine line) {
			return this.order.stream().map((column) -> switch (column) {
				case NAME -> line.name();
				case COUNT -> Long.toString(line.count());
				case DETAIL -> (line.detail() != null) ? line.detail() : "";
			}).toList();
		}

	}

}
