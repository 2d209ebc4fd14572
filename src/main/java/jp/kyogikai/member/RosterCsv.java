package jp.kyogikai.member;

import java.util.List;
import java.util.function.Function;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.csv.CsvColumn;
import jp.kyogikai.csv.ExcelCsv;

/**
 * The roster's columns and the roster as CSV (through {@link ExcelCsv}: UTF-8 with a byte
 * order mark for Excel), dates in 和暦 as the roster prints them.
 */
final class RosterCsv {

	static final String NAME = "氏名";

	static final String FURIGANA = "ふりがな";

	static final String CATEGORY = "選出区分";

	static final String AFFILIATION = "所属・役職";

	static final String EMAIL = "メールアドレス";

	static final String OFFICE = "役職";

	static final String START = "任期開始";

	static final String END = "任期終了";

	static final String SUBSTITUTE = "補欠";

	static final List<String> EXPORT_HEADER = List.of(NAME, FURIGANA, CATEGORY, AFFILIATION, EMAIL, OFFICE, START, END,
			SUBSTITUTE);

	/**
	 * What an import reads; other columns (役職, 補欠 of an export) are ignored.
	 */
	static final List<CsvColumn> IMPORT_COLUMNS = List.of(CsvColumn.required(NAME, null),
			CsvColumn.required(FURIGANA, null), CsvColumn.required(CATEGORY, null),
			CsvColumn.optional(AFFILIATION, null), CsvColumn.optional(EMAIL, null), CsvColumn.required(START, null),
			CsvColumn.optional(END, null));

	private RosterCsv() {
	}

	static byte[] export(Roster roster, Function<Object, String> labels) {
		return ExcelCsv.write(EXPORT_HEADER, roster.entries()
			.stream()
			.map((e) -> List.of(e.name(), e.furigana(), e.category(), (e.affiliation() != null) ? e.affiliation() : "",
					"", (e.officerRole() != null) ? labels.apply(e.officerRole()) : "", Wareki.format(e.start()),
					Wareki.format(e.end()), e.substitute() ? "補欠" : ""))
			.toList());
	}

}
