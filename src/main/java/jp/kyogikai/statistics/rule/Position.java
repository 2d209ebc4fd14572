package jp.kyogikai.statistics.rule;

/**
 * A cell of a table of counts: its row and its column, as keys of the table's layout.
 *
 * @param row the row key, e.g. {@code SECOND_INSURED}
 * @param column the column key, e.g. {@code CARE_3}
 */
public record Position(String row, String column) {

	@Override
	public String toString() {
		return this.row + "/" + this.column;
	}

}
