package jp.kyogikai.csv;

/**
 * A column of an import, as the import page lists it.
 *
 * @param header the column's name in the header row
 * @param required whether the header row must have it
 * @param hint the message code of how to fill it in
 */
public record CsvColumn(String header, boolean required, String hint) {

	public static CsvColumn required(String header, String hint) {
		return new CsvColumn(header, true, hint);
	}

	public static CsvColumn optional(String header, String hint) {
		return new CsvColumn(header, false, hint);
	}

}
