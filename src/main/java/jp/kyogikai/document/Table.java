package jp.kyogikai.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table as on Japanese official forms: a header row of column labels, then rows
 * of cells. Cell text wraps within its column; a row is as high as its tallest cell; a
 * table that runs past the end of a page continues on the next one under a repeated
 * header row.
 *
 * <pre class="code">
 * Table table = Table.of(Column.of("氏　名", 3).aligned(Align.CENTER), Column.of("選出区分", 4),
 * 		Column.of("備　考", 5));
 * table.row(Cell.withReading("かみしま みちのり", "上嶋 通徳"), Cell.of("識見を有する者"),
 * 		Cell.of("佐久市区長会 理事"));
 * </pre>
 *
 * When every label is empty the table has no header row. The builder methods change this
 * table; {@link PdfDocumentBuilder#table(Table)} takes a copy.
 */
public final class Table {

	private final List<Column> columns;

	private final List<List<Cell>> rows;

	private float minRowHeight;

	private boolean topAligned;

	private Table(List<Column> columns, List<List<Cell>> rows, float minRowHeight, boolean topAligned) {
		this.columns = List.copyOf(columns);
		this.rows = new ArrayList<>(rows);
		this.minRowHeight = minRowHeight;
		this.topAligned = topAligned;
	}

	/**
	 * A table with the given columns and no rows yet.
	 * @param columns the columns, left to right
	 * @return the table
	 */
	public static Table of(Column... columns) {
		if (columns.length == 0) {
			throw new IllegalArgumentException("A table needs at least one column");
		}
		return new Table(Arrays.asList(columns), List.of(), 0, false);
	}

	/**
	 * Adds a row.
	 * @param cells one cell per column
	 * @return this table
	 */
	public Table row(Cell... cells) {
		if (cells.length != this.columns.size()) {
			throw new IllegalArgumentException("A row needs " + this.columns.size() + " cells, not " + cells.length);
		}
		this.rows.add(List.of(cells));
		return this;
	}

	/**
	 * Adds a row of body text.
	 * @param texts one text per column; {@code null} for an empty cell
	 * @return this table
	 */
	public Table row(String... texts) {
		return row(Arrays.stream(texts).map(Cell::of).toArray(Cell[]::new));
	}

	/**
	 * Makes every row at least this high, as forms with fixed lines are.
	 * @param millimetres the minimum height of a row (header row included)
	 * @return this table
	 */
	public Table minRowHeight(float millimetres) {
		if (millimetres < 0) {
			throw new IllegalArgumentException("Minimum row height must not be negative: " + millimetres);
		}
		this.minRowHeight = millimetres;
		return this;
	}

	/**
	 * Starts the text of each cell at the top of its row instead of centring it
	 * vertically (the default), for tables of long texts.
	 * @return this table
	 */
	public Table topAligned() {
		this.topAligned = true;
		return this;
	}

	List<Column> columns() {
		return this.columns;
	}

	List<List<Cell>> rows() {
		return this.rows;
	}

	boolean hasHeader() {
		return this.columns.stream().anyMatch((column) -> !column.label().isEmpty());
	}

	float minRowHeightMillimetres() {
		return this.minRowHeight;
	}

	boolean isTopAligned() {
		return this.topAligned;
	}

	Table copy() {
		return new Table(this.columns, this.rows, this.minRowHeight, this.topAligned);
	}

}
