package jp.kyogikai.document;

import java.time.LocalDate;

/**
 * What the PDF says about itself (document properties): its title, its author (the
 * municipality that issues it), its subject and its date.
 *
 * @param title the title, shown by viewers instead of the file name
 * @param author the issuing municipality or body, e.g. 佐久市
 * @param subject what the document is about, e.g. the council's name; may be {@code null}
 * @param date the document's date, written as its creation and modification date
 * (midnight, Japan time); {@code null} to take the current time from the builder's clock
 */
public record DocumentInfo(String title, String author, String subject, LocalDate date) {

	/**
	 * Validates the values.
	 * @param title the title, not blank
	 * @param author the issuing municipality; may be {@code null}
	 * @param subject the subject; may be {@code null}
	 * @param date the document's date; may be {@code null}
	 */
	public DocumentInfo {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A document needs a title");
		}
	}

	/**
	 * A title and author, dated when the PDF is made.
	 * @param title the title
	 * @param author the issuing municipality
	 * @return the information
	 */
	public static DocumentInfo of(String title, String author) {
		return new DocumentInfo(title, author, null, null);
	}

}
