package jp.kyogikai.member;

import java.util.List;

/**
 * What an import did: every row imported, or nothing and the reasons.
 *
 * @param imported the number of appointments made
 * @param errors the problems, each with its line number; empty when the import succeeded
 */
public record ImportResult(int imported, List<LineError> errors) {

	public boolean succeeded() {
		return this.errors.isEmpty();
	}

	/**
	 * A problem with one line of the file (line 0: the file as a whole).
	 *
	 * @param line the line number, the header being line 1
	 * @param message what is wrong, in Japanese
	 */
	public record LineError(long line, String message) {
	}

}
