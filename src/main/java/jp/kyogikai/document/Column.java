package jp.kyogikai.document;

import java.util.Objects;

/**
 * A table column: its header label, its share of the table's width and how its cells'
 * text is aligned. Header labels are always centred.
 *
 * @param label the header label; empty for none
 * @param weight the column's width relative to the other columns' weights
 * @param align the alignment of the column's cells
 */
public record Column(String label, float weight, Align align) {

	/**
	 * Validates the values.
	 * @param label the header label; {@code null} reads as empty
	 * @param weight the relative width, greater than zero
	 * @param align the alignment of the column's cells
	 */
	public Column {
		label = (label != null) ? label : "";
		if (!(weight > 0)) {
			throw new IllegalArgumentException("Column weight must be positive: " + weight);
		}
		Objects.requireNonNull(align, "align");
	}

	/**
	 * A left-aligned column.
	 * @param label the header label
	 * @param weight the width relative to the other columns (e.g. 3 and 5 split 3:5)
	 * @return the column
	 */
	public static Column of(String label, float weight) {
		return new Column(label, weight, Align.LEFT);
	}

	/**
	 * The same column with its cells aligned otherwise.
	 * @param align the alignment
	 * @return a new column
	 */
	public Column aligned(Align align) {
		return new Column(this.label, this.weight, align);
	}

}
