package jp.kyogikai.csv;

import java.util.List;

/**
 * The rows of an upload.
 *
 * @param header the columns the header row names, in its order
 * @param rows the rows that are not blank, in the file's order
 */
public record CsvSheet(List<String> header, List<CsvRow> rows) {

	public CsvSheet {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

}
