package jp.kyogikai.csv;

import java.util.List;

/**
 * What an import did: every row imported, or nothing and the reasons.
 *
 * @param created the records added
 * @param updated the records changed
 * @param unchanged the rows that matched a record already equal to them
 * @param errors the problems, each with its row and column; empty when the import
 * succeeded
 */
public record ImportResult(int created, int updated, int unchanged, List<LineError> errors) {

	public ImportResult {
		errors = List.copyOf(errors);
	}

	/**
	 * A successful import.
	 * @param created the records added
	 * @param updated the records changed
	 * @param unchanged the rows that changed nothing
	 * @return the result
	 */
	public static ImportResult done(int created, int updated, int unchanged) {
		return new ImportResult(created, updated, unchanged, List.of());
	}

	public boolean succeeded() {
		return this.errors.isEmpty();
	}

	/**
	 * The records added or changed.
	 * @return their number
	 */
	public int imported() {
		return this.created + this.updated;
	}

	/**
	 * A problem with one row of the file.
	 *
	 * @param line the row number as a spreadsheet shows it (the header is row 1); 0 for
	 * the file as a whole
	 * @param column the column's header, {@code null} when the problem is not one cell's
	 * @param message what is wrong, in Japanese
	 */
	public record LineError(long line, String column, String message) {
	}

}
