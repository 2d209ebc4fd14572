package jp.kyogikai.application.rule;

/**
 * The secretariat's comment on one field of a returned application (差戻しの指摘事項).
 *
 * @param field the field of the application form the comment is about; {@code null} or
 * blank for a comment on the application as a whole
 * @param comment what to correct
 */
public record FieldComment(String field, String comment) {

	/**
	 * Whether the comment is about the application as a whole rather than one field.
	 * @return {@code true} when no field is named
	 */
	public boolean general() {
		return this.field == null || this.field.isBlank();
	}

}
