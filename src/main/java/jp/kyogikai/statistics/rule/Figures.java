package jp.kyogikai.statistics.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jp.kyogikai.statistics.rule.MatrixLayout.Subtotal;

/**
 * The counts of one table with what is computed from them: each row's total (計), each
 * column's total (計 or 総数), the sub-totals (第1号被保険者) and the grand total. Totals are
 * never entered, so they always agree with the counts.
 */
public final class Figures {

	private final MatrixLayout layout;

	private final Map<Position, Long> counts;

	private Figures(MatrixLayout layout, Map<Position, Long> counts) {
		this.layout = layout;
		this.counts = counts;
	}

	/**
	 * The counts of a table.
	 * @param layout the table's rows and columns
	 * @param counts a count for every input cell, nothing else, none negative
	 * @return the figures
	 * @throws IllegalArgumentException when a cell is missing, unknown or negative
	 */
	public static Figures of(MatrixLayout layout, Map<Position, Long> counts) {
		Objects.requireNonNull(layout, "layout");
		Set<Position> expected = Set.copyOf(layout.positions());
		if (!expected.equals(counts.keySet())) {
			throw new IllegalArgumentException(
					"Counts must fill exactly the cells " + expected + ", not " + counts.keySet());
		}
		counts.forEach((position, count) -> {
			if (count == null || count < 0) {
				throw new IllegalArgumentException("Count of " + position + " must not be negative: " + count);
			}
		});
		return new Figures(layout, Map.copyOf(counts));
	}

	public MatrixLayout layout() {
		return this.layout;
	}

	/**
	 * An entered count.
	 * @param row an input row
	 * @param column an input column
	 * @return the count
	 */
	public long count(String row, String column) {
		Long count = this.counts.get(new Position(row, column));
		if (count == null) {
			throw new IllegalArgumentException("No cell " + row + "/" + column);
		}
		return count;
	}

	/**
	 * The counts as entered.
	 * @return every input cell's count
	 */
	public Map<Position, Long> counts() {
		return this.counts;
	}

	/**
	 * A row's total across the input columns.
	 * @param row an input row, a sub-total's key or {@link MatrixLayout#TOTAL}
	 * @return the sum
	 */
	public long rowTotal(String row) {
		return this.layout.columns().stream().mapToLong((column) -> cell(row, column)).sum();
	}

	/**
	 * A column's total over the input rows (the total row's cell).
	 * @param column an input column
	 * @return the sum
	 */
	public long columnTotal(String column) {
		return this.layout.rows().stream().mapToLong((row) -> count(row, column)).sum();
	}

	/**
	 * Every input cell summed.
	 * @return the grand total
	 */
	public long total() {
		return this.counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * A cell of any row: an input row's count, a sub-total or the column's total.
	 * @param row an input row, a sub-total's key or {@link MatrixLayout#TOTAL}
	 * @param column an input column
	 * @return the count or the computed sum
	 */
	public long cell(String row, String column) {
		if (MatrixLayout.TOTAL.equals(row)) {
			return columnTotal(column);
		}
		for (Subtotal subtotal : this.layout.subtotals()) {
			if (subtotal.key().equals(row)) {
				return subtotal.parts().stream().mapToLong((part) -> count(part, column)).sum();
			}
		}
		return count(row, column);
	}

	/**
	 * The table as printed: each sub-total just before its first part, the input rows,
	 * the total row last; each line's cells are the input columns followed by the row's
	 * total when the table has a total column.
	 * @return the lines, top to bottom
	 */
	public List<Line> lines() {
		return this.layout.printedRows().stream().map((row) -> line(row.key(), row.kind())).toList();
	}

	private Line line(String row, LineKind kind) {
		List<Long> cells = new ArrayList<>();
		this.layout.columns().forEach((column) -> cells.add(cell(row, column)));
		if (this.layout.totalColumn()) {
			cells.add(rowTotal(row));
		}
		return new Line(row, kind, cells);
	}

	/**
	 * One printed row.
	 *
	 * @param row the row's key
	 * @param kind entered, part of a sub-total, sub-total or total
	 * @param cells the input columns' values, then the row's total if the table has a
	 * total column
	 */
	public record Line(String row, LineKind kind, List<Long> cells) {

		public Line {
			cells = List.copyOf(cells);
		}

	}

	/**
	 * What a printed row is.
	 */
	public enum LineKind {

		/** An entered row. */
		INPUT,

		/** An entered row that is part of a sub-total (a うち row, printed indented). */
		PART,

		/** A computed sub-total (第1号被保険者). */
		SUBTOTAL,

		/** The computed total row (計, 総数). */
		TOTAL

	}

}
