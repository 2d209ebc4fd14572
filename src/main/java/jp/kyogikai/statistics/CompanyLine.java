package jp.kyogikai.statistics;

import java.util.Objects;

/**
 * A transport company as a list shows it.
 *
 * @param name 会社名
 * @param count 路線数 or 所有車両数
 * @param detail 駅, 路線名 or 事業所; {@code null} for none
 */
public record CompanyLine(String name, long count, String detail) {

	/** The longest company name. */
	public static final int NAME_LENGTH = 100;

	/** The longest text. */
	public static final int DETAIL_LENGTH = 500;

	/**
	 * Strips the texts.
	 * @param name the company, not blank
	 * @param count the count, 0 or more
	 * @param detail the text, blank for none
	 */
	public CompanyLine {
		Objects.requireNonNull(name, "name");
		name = name.strip();
		detail = (detail == null || detail.isBlank()) ? null : detail.strip();
		if (name.isEmpty() || count < 0) {
			throw new IllegalArgumentException("A company needs a name and a count: " + name + ", " + count);
		}
	}

}
