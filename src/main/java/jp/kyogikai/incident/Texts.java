package jp.kyogikai.incident;

/**
 * Free text as it is stored: stripped, blank as {@code null}.
 */
final class Texts {

	private Texts() {
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
