package jp.kyogikai.document;

import java.util.Objects;

/**
 * A run of text with its typeface and size in points, e.g. one line of a table cell. Line
 * breaks ({@code \n}) in the content start new lines; long lines wrap to the available
 * width.
 *
 * @param content the text; {@code null} reads as empty
 * @param typeface Mincho or Gothic
 * @param size the font size in points
 */
public record Text(String content, Typeface typeface, float size) {

	/**
	 * 10.5 pt, the body size of Japanese office documents.
	 */
	public static final float BODY_SIZE = 10.5f;

	/**
	 * 7 pt, the size of a reading (furigana) printed above a name.
	 */
	public static final float SMALL_SIZE = 7f;

	/**
	 * Validates the values.
	 * @param content the text; {@code null} reads as empty
	 * @param typeface Mincho or Gothic
	 * @param size the font size in points, greater than zero
	 */
	public Text {
		content = (content != null) ? content : "";
		Objects.requireNonNull(typeface, "typeface");
		if (!(size > 0)) {
			throw new IllegalArgumentException("Font size must be positive: " + size);
		}
	}

	/**
	 * Body text: Mincho, 10.5 pt.
	 * @param content the text
	 * @return the text
	 */
	public static Text of(String content) {
		return new Text(content, Typeface.MINCHO, BODY_SIZE);
	}

	/**
	 * Small text, e.g. the reading above a name: Mincho, 7 pt.
	 * @param content the text
	 * @return the text
	 */
	public static Text small(String content) {
		return new Text(content, Typeface.MINCHO, SMALL_SIZE);
	}

	/**
	 * The same text in another size.
	 * @param size the font size in points
	 * @return a new text
	 */
	public Text withSize(float size) {
		return new Text(this.content, this.typeface, size);
	}

	/**
	 * The same text in another typeface.
	 * @param typeface Mincho or Gothic
	 * @return a new text
	 */
	public Text in(Typeface typeface) {
		return new Text(this.content, typeface, this.size);
	}

}
