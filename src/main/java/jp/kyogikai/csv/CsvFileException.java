package jp.kyogikai.csv;

import java.util.List;

/**
 * The uploaded file as a whole cannot be imported: not a CSV, empty, too large, binary,
 * an unknown encoding, a broken quote, or a header that lacks a required column.
 */
public class CsvFileException extends Exception {

	private final long line;

	private final String code;

	private final transient List<Object> arguments;

	CsvFileException(long line, String code, Object... arguments) {
		super(code);
		this.line = line;
		this.code = code;
		this.arguments = List.of(arguments);
	}

	/**
	 * The row the problem is on: 1 for the header, 0 for the file as a whole.
	 * @return the row number
	 */
	public long line() {
		return this.line;
	}

	/**
	 * The message code ({@code {0}} is empty, the arguments follow).
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

	public List<Object> arguments() {
		return this.arguments;
	}

}
