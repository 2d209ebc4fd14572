package jp.kyogikai.document;

/**
 * Horizontal alignment of a line of text within its column or the page.
 */
public enum Align {

	/**
	 * Flush left (the default for text).
	 */
	LEFT,

	/**
	 * Centred, as titles, names and short codes usually are.
	 */
	CENTER,

	/**
	 * Flush right, for amounts and for the date and sender lines of a letter.
	 */
	RIGHT

}
