package jp.kyogikai.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jp.kyogikai.calendar.Wareki;

import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The problems of one import, each with its row and column, in Japanese. A feature checks
 * every row, collecting here, and saves nothing unless this stays empty. Messages are
 * resolved at once: {@code {0}} is the column's header, dates among the arguments are
 * written in 和暦.
 */
public final class ImportErrors {

	private final MessageSource messages;

	private final List<ImportResult.LineError> errors = new ArrayList<>();

	private final Set<String> cells = new HashSet<>();

	public ImportErrors(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Records a problem with a cell (or a row, when {@code column} is {@code null}).
	 * @param line the row number
	 * @param column the column's header, or {@code null}
	 * @param code the message code
	 * @param arguments the message's arguments after {@code {0}}
	 */
	public void reject(long line, String column, String code, Object... arguments) {
		Object[] all = new Object[arguments.length + 1];
		all[0] = (column != null) ? column : "";
		for (int i = 0; i < arguments.length; i++) {
			all[i + 1] = (arguments[i] instanceof LocalDate date) ? Wareki.format(date) : arguments[i];
		}
		add(line, column, this.messages.getMessage(code, all, code, Locale.JAPAN));
	}

	/**
	 * Records what the form's checks found on a row, in the words the form would use. A
	 * field whose cell already has a problem (it could not be read) is not reported
	 * twice.
	 * @param line the row number
	 * @param result the form's errors (Bean Validation and the form's own checks)
	 * @param columnOf the column of a form field, {@code null} when it has none
	 */
	public void reject(long line, Errors result, Function<String, String> columnOf) {
		for (ObjectError error : result.getAllErrors()) {
			String column = (error instanceof FieldError field) ? columnOf.apply(field.getField()) : null;
			if (column == null || !hasProblem(line, column)) {
				add(line, column, this.messages.getMessage(error, Locale.JAPAN));
			}
		}
	}

	/**
	 * Records why the file as a whole cannot be imported.
	 * @param problem the problem
	 */
	public void reject(CsvFileException problem) {
		reject(problem.line(), null, problem.code(), problem.arguments().toArray());
	}

	/**
	 * Whether a cell already has a problem.
	 * @param line the row number
	 * @param column the column's header
	 * @return {@code true} when one was recorded
	 */
	public boolean hasProblem(long line, String column) {
		return this.cells.contains(line + "\t" + column);
	}

	/**
	 * Whether a row already has a problem.
	 * @param line the row number
	 * @return {@code true} when one was recorded
	 */
	public boolean hasProblems(long line) {
		return this.errors.stream().anyMatch((error) -> error.line() == line);
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	/**
	 * The failed import.
	 * @return the result listing every problem
	 */
	public ImportResult result() {
		return new ImportResult(0, 0, 0, this.errors);
	}

	private void add(long line, String column, String message) {
		this.errors.add(new ImportResult.LineError(line, column, message));
		if (column != null) {
			this.cells.add(line + "\t" + column);
		}
	}

}
