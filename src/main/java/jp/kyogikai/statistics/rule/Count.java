package jp.kyogikai.statistics.rule;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A count (people, uses, lines, vehicles) as people type it on a page or in a
 * spreadsheet: a whole number from 0 to {@link #MAX}, in half- or full-width digits, with
 * or without thousands separators (97,234).
 */
public final class Count {

	/** The largest count accepted. */
	public static final long MAX = 99_999_999L;

	private static final Pattern DIGITS = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");

	private Count() {
	}

	/**
	 * Reads a count.
	 * @param text what was typed; {@code null} reads as blank
	 * @return the count, or the problem with the text
	 */
	public static Result parse(String text) {
		String value = normalise(text);
		if (value.isEmpty()) {
			return new Result(null, Problem.BLANK);
		}
		if (!DIGITS.matcher(value).matches()) {
			return new Result(null, Problem.INVALID);
		}
		String digits = value.replace(",", "");
		if (digits.length() > 12 || Long.parseLong(digits) > MAX) {
			return new Result(null, Problem.TOO_LARGE);
		}
		return new Result(Long.parseLong(digits), null);
	}

	/**
	 * Full-width characters to half-width (NFKC), surrounding spaces (also 全角) removed.
	 * @param text the text, or {@code null}
	 * @return the normalised text, empty for {@code null}
	 */
	static String normalise(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFKC).strip() : "";
	}

	/**
	 * The outcome of reading a count: either a value or a problem.
	 *
	 * @param value the count, {@code null} when there is a problem
	 * @param problem what is wrong, {@code null} when the count was read
	 */
	public record Result(Long value, Problem problem) {

		public boolean ok() {
			return this.problem == null;
		}

	}

	/**
	 * Why a text is not a count.
	 */
	public enum Problem {

		/** Nothing was entered. */
		BLANK,

		/** Not a whole number of 0 or more. */
		INVALID,

		/** More than {@link Count#MAX}. */
		TOO_LARGE

	}

}
