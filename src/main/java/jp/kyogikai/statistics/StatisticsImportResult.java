package jp.kyogikai.statistics;

import java.util.List;

/**
 * What an import did: the tables it replaced, or nothing and the reasons.
 *
 * @param imported the number of tables replaced
 * @param errors the problems, each with its line; empty when the import succeeded
 */
public record StatisticsImportResult(int imported, List<LineError> errors) {

	public StatisticsImportResult {
		errors = List.copyOf(errors);
	}

	public boolean succeeded() {
		return this.errors.isEmpty();
	}

	/**
	 * A problem with one line of the file (line 0: the file as a whole).
	 *
	 * @param line the line number as a spreadsheet shows it
	 * @param message what is wrong, in Japanese
	 */
	public record LineError(long line, String message) {

	}

}
