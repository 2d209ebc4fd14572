package jp.kyogikai.document;

/**
 * The two typefaces every document may use, shipped in {@code src/main/resources/fonts}
 * under the IPA Font License and embedded in each PDF as a subset of the glyphs used.
 */
public enum Typeface {

	/**
	 * IPAex明朝 (IPAexMincho): body text, titles and tables, the usual face of official
	 * documents.
	 */
	MINCHO("fonts/ipaexm.ttf"),

	/**
	 * IPAexゴシック (IPAexGothic): headings and emphasis.
	 */
	GOTHIC("fonts/ipaexg.ttf");

	private final String resource;

	Typeface(String resource) {
		this.resource = resource;
	}

	/**
	 * The font file on the class path.
	 * @return the resource name, e.g. {@code fonts/ipaexm.ttf}
	 */
	String resource() {
		return this.resource;
	}

}
