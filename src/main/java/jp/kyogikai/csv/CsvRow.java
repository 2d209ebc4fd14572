package jp.kyogikai.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of an upload: its number as a spreadsheet shows it and its cells by column,
 * stripped of surrounding spaces. The typed readers return {@code null} for a blank cell
 * and record a problem (and return {@code null}) for a cell they cannot read.
 */
public final class CsvRow {

	private static final Set<String> YES = Set.of("○", "〇", "◯", "●", "✓", "✔", "レ", "はい", "有", "あり", "1", "true",
			"TRUE", "True");

	private static final Set<String> NO = Set.of("", "×", "✕", "-", "－", "いいえ", "無", "なし", "0", "false", "FALSE",
			"False");

	private final long line;

	private final Map<String, String> cells;

	CsvRow(long line, Map<String, String> cells) {
		this.line = line;
		this.cells = Map.copyOf(cells);
	}

	/**
	 * The row number: the header is row 1, so the first data row is row 2.
	 * @return the number
	 */
	public long line() {
		return this.line;
	}

	/**
	 * Whether the file has the column at all. A feature keeps a record's current value
	 * for a column the file leaves out.
	 * @param column the header
	 * @return {@code true} when the header row names it
	 */
	public boolean has(String column) {
		return this.cells.containsKey(column);
	}

	/**
	 * A cell as text.
	 * @param column the header
	 * @return the text, empty when blank or when the file has no such column
	 */
	public String text(String column) {
		return this.cells.getOrDefault(column, "");
	}

	/**
	 * A date in ISO (2025-07-17), with slashes (2025/7/17, as Excel saves dates) or in 和暦
	 * (令和7年7月17日, R7.7.17).
	 * @param column the header
	 * @param errors where to record a cell that is not a date
	 * @return the date, {@code null} when blank or unreadable
	 */
	public LocalDate date(String column, ImportErrors errors) {
		String value = text(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return ExcelCsv.parseDate(value);
		}
		catch (DateTimeException ex) {
			errors.reject(this.line, column, "csv.date.invalid", value);
			return null;
		}
	}

	/**
	 * A whole number, written with or without digit grouping (1,000) and full-width
	 * digits.
	 * @param column the header
	 * @param errors where to record a cell that is not a number
	 * @return the number, {@code null} when blank or unreadable
	 */
	public Long number(String column, ImportErrors errors) {
		String value = text(column);
		if (value.isEmpty()) {
			return null;
		}
		String digits = ExcelCsv.halfWidth(value).replace(",", "").replace("円", "").strip();
		if (!digits.matches("\\d{1,15}")) {
			errors.reject(this.line, column, "csv.number.invalid", value);
			return null;
		}
		return Long.parseLong(digits);
	}

	/**
	 * A small whole number (a count, a year).
	 * @param column the header
	 * @param errors where to record a cell that is not one
	 * @return the number, {@code null} when blank or unreadable
	 */
	public Integer integer(String column, ImportErrors errors) {
		Long value = number(column, errors);
		if (value != null && value > Integer.MAX_VALUE) {
			errors.reject(this.line, column, "csv.number.invalid", text(column));
			return null;
		}
		return (value != null) ? value.intValue() : null;
	}

	/**
	 * A yes/no cell: ○ (or はい, 1, true) for yes, blank (or ×, いいえ, 0, false) for no.
	 * @param column the header
	 * @param errors where to record a cell that is neither
	 * @return whether it is marked; {@code false} when unreadable
	 */
	public boolean mark(String column, ImportErrors errors) {
		String value = text(column);
		if (YES.contains(value)) {
			return true;
		}
		if (!NO.contains(value)) {
			errors.reject(this.line, column, "csv.mark.invalid", value);
		}
		return false;
	}

	/**
	 * One of a list of choices, by the label the page shows (or another accepted
	 * spelling).
	 * @param <T> the type of the values
	 * @param column the header
	 * @param choices the accepted texts and their values, ordered: the first text of each
	 * value is its label, listed when the cell matches none
	 * @param errors where to record a cell that matches no choice
	 * @return the value, {@code null} when blank or unreadable
	 */
	public <T> T choice(String column, Map<String, T> choices, ImportErrors errors) {
		String value = text(column);
		if (value.isEmpty()) {
			return null;
		}
		T choice = choices.get(value);
		if (choice == null) {
			Set<T> listed = new HashSet<>();
			String labels = choices.entrySet()
				.stream()
				.filter((entry) -> listed.add(entry.getValue()))
				.map(Map.Entry::getKey)
				.collect(Collectors.joining("、"));
			errors.reject(this.line, column, "csv.choice.invalid", value, labels);
		}
		return choice;
	}

}
