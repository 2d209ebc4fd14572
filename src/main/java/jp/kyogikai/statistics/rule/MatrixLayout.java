package jp.kyogikai.statistics.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows and columns of a table of counts. Only the input rows and columns are entered;
 * a sub-total row (第1号被保険者 = its two age bands) is shown before its first part, the total
 * row (計 or 総数) after the input rows, the total column (計) after the input columns.
 *
 * @param rows the input rows' keys, top to bottom
 * @param columns the input columns' keys, left to right
 * @param subtotals the rows computed from some input rows
 * @param totalRow whether a row sums every input row
 * @param totalColumn whether a column sums every input column
 */
public record MatrixLayout(List<String> rows, List<String> columns, List<Subtotal> subtotals, boolean totalRow,
		boolean totalColumn) {

	/** The key of the total row. */
	public static final String TOTAL = "TOTAL";

	/**
	 * Copies and checks the lists.
	 * @param rows the input rows' keys, at least one
	 * @param columns the input columns' keys, at least one
	 * @param subtotals rows computed from input rows
	 * @param totalRow whether a total row follows
	 * @param totalColumn whether a total column follows
	 */
	public MatrixLayout {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		subtotals = List.copyOf(subtotals);
		if (rows.isEmpty() || columns.isEmpty()) {
			throw new IllegalArgumentException("A table needs rows and columns");
		}
		for (Subtotal subtotal : subtotals) {
			if (!rows.containsAll(subtotal.parts())) {
				throw new IllegalArgumentException("Sub-total " + subtotal.key() + " sums unknown rows");
			}
		}
	}

	static MatrixLayout of(List<String> rows, List<String> columns) {
		return new MatrixLayout(rows, columns, List.of(), false, false);
	}

	MatrixLayout withSubtotal(String key, String... parts) {
		List<Subtotal> all = new ArrayList<>(this.subtotals);
		all.add(new Subtotal(key, List.of(parts)));
		return new MatrixLayout(this.rows, this.columns, all, this.totalRow, this.totalColumn);
	}

	MatrixLayout withTotalRow() {
		return new MatrixLayout(this.rows, this.columns, this.subtotals, true, this.totalColumn);
	}

	MatrixLayout withTotalColumn() {
		return new MatrixLayout(this.rows, this.columns, this.subtotals, this.totalRow, true);
	}

	/**
	 * Every cell that is entered, row by row.
	 * @return the positions
	 */
	public List<Position> positions() {
		List<Position> positions = new ArrayList<>();
		for (String row : this.rows) {
			for (String column : this.columns) {
				positions.add(new Position(row, column));
			}
		}
		return positions;
	}

	/**
	 * The rows as printed: each sub-total just before its first part, the input rows (a
	 * part of a sub-total as {@link Figures.LineKind#PART}), the total row last.
	 * @return the rows, top to bottom
	 */
	public List<PrintedRow> printedRows() {
		List<PrintedRow> printed = new ArrayList<>();
		for (String row : this.rows) {
			for (Subtotal subtotal : this.subtotals) {
				if (subtotal.parts().get(0).equals(row)) {
					printed.add(new PrintedRow(subtotal.key(), Figures.LineKind.SUBTOTAL));
				}
			}
			printed.add(new PrintedRow(row, isPart(row) ? Figures.LineKind.PART : Figures.LineKind.INPUT));
		}
		if (this.totalRow) {
			printed.add(new PrintedRow(TOTAL, Figures.LineKind.TOTAL));
		}
		return printed;
	}

	/**
	 * Whether an input row is part of a sub-total (a うち row).
	 * @param row the row key
	 * @return {@code true} for a part
	 */
	public boolean isPart(String row) {
		return this.subtotals.stream().anyMatch((subtotal) -> subtotal.parts().contains(row));
	}

	/**
	 * A row as printed.
	 *
	 * @param key an input row, a sub-total's key or {@link MatrixLayout#TOTAL}
	 * @param kind what the row is
	 */
	public record PrintedRow(String key, Figures.LineKind kind) {

		/**
		 * Whether the row is computed rather than entered.
		 * @return {@code true} for a sub-total or the total
		 */
		public boolean computed() {
			return this.kind == Figures.LineKind.SUBTOTAL || this.kind == Figures.LineKind.TOTAL;
		}

	}

	/**
	 * A row computed as the sum of some input rows.
	 *
	 * @param key the row's key, e.g. {@code FIRST_INSURED}
	 * @param parts the input rows it sums
	 */
	public record Subtotal(String key, List<String> parts) {

		/**
		 * Copies the parts.
		 * @param key the row's key
		 * @param parts the input rows it sums, at least one
		 */
		public Subtotal {
			Objects.requireNonNull(key, "key");
			parts = List.copyOf(parts);
			if (parts.isEmpty()) {
				throw new IllegalArgumentException("A sub-total needs parts");
			}
		}

	}

}
