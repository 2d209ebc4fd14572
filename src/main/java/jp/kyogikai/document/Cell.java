package jp.kyogikai.document;

import java.util.Arrays;
import java.util.List;

/**
 * The content of one table cell: one or more lines, each with its own typeface and size,
 * e.g. a small reading above a name. Each line wraps within the column.
 *
 * @param lines the lines, top to bottom
 */
public record Cell(List<Text> lines) {

	/**
	 * Copies the lines.
	 * @param lines the lines, at least one
	 */
	public Cell {
		lines = List.copyOf(lines);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("A cell needs at least one line (use Cell.empty())");
		}
	}

	/**
	 * A cell of body text.
	 * @param text the text; {@code null} for an empty cell
	 * @return the cell
	 */
	public static Cell of(String text) {
		return new Cell(List.of(Text.of(text)));
	}

	/**
	 * A cell of one or more lines.
	 * @param lines the lines, top to bottom
	 * @return the cell
	 */
	public static Cell of(Text... lines) {
		return new Cell(Arrays.asList(lines));
	}

	/**
	 * A name with its reading (furigana) in small type above it:
	 * {@code Cell.withReading("かみしま みちのり", "上嶋 通徳")}.
	 * @param reading the reading; {@code null} or empty keeps the line blank so that
	 * names stay aligned
	 * @param text the name
	 * @return the cell
	 */
	public static Cell withReading(String reading, String text) {
		return new Cell(List.of(Text.small(reading), Text.of(text)));
	}

	/**
	 * An empty cell, as high as one line of body text.
	 * @return the cell
	 */
	public static Cell empty() {
		return of("");
	}

}
