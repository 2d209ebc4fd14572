package jp.kyogikai.member;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.calendar.Wareki;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The roster as CSV that Excel opens (UTF-8 with a byte order mark, CRLF), and reading
 * such a file back: UTF-8 (with or without the mark) or Excel's Shift_JIS, dates in 和暦 or
 * as 2025-07-17 / 2025/7/17.
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

	static final List<String> REQUIRED_HEADER = List.of(NAME, FURIGANA, CATEGORY, START);

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

	private RosterCsv() {
	}

	static byte[] export(Roster roster, java.util.function.Function<Object, String> labels) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get())) {
			printer.printRecord(EXPORT_HEADER);
			for (RosterEntry e : roster.entries()) {
				printer.printRecord(e.name(), e.furigana(), e.category(),
						(e.affiliation() != null) ? e.affiliation() : "", "",
						(e.officerRole() != null) ? labels.apply(e.officerRole()) : "", Wareki.format(e.start()),
						Wareki.format(e.end()), e.substitute() ? "補欠" : "");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(text, 0, withBom, BOM.length, text.length);
		return withBom;
	}

	/**
	 * Decodes an uploaded file: UTF-8 when it is valid UTF-8, otherwise Shift_JIS
	 * (Excel's "CSV (コンマ区切り)").
	 */
	static String decode(byte[] bytes) {
		int offset = (bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]) ? 3 : 0;
		ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(buffer)
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, SHIFT_JIS);
		}
	}

	/**
	 * Reads the rows of an import, keeping each row's line number in the file.
	 * @param text the decoded file
	 * @return the rows
	 * @throws IllegalArgumentException when the header lacks a required column
	 */
	static List<Row> read(String text) {
		CSVFormat format = CSVFormat.EXCEL.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.get();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> missing = REQUIRED_HEADER.stream()
				.filter((h) -> !parser.getHeaderMap().containsKey(h))
				.toList();
			if (!missing.isEmpty()) {
				throw new IllegalArgumentException(String.join("、", missing));
			}
			for (CSVRecord record : parser) {
				rows.add(new Row(line(record), get(record, NAME), get(record, FURIGANA), get(record, CATEGORY),
						get(record, AFFILIATION), get(record, EMAIL), get(record, START), get(record, END)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/**
	 * A date as people type it in a spreadsheet.
	 * @param text 令和7年7月17日, R7.7.17, 2025-07-17 or 2025/7/17
	 * @return the date
	 * @throws DateTimeException when it is none of these
	 */
	static LocalDate parseDate(String text) {
		String value = text.strip();
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			// not ISO
		}
		try {
			return LocalDate.parse(value, SLASHED);
		}
		catch (DateTimeParseException ex) {
			// not slashed
		}
		return Wareki.parse(value);
	}

	private static long line(CSVRecord record) {
		return record.getRecordNumber() + 1;
	}

	private static String get(CSVRecord record, String column) {
		return (record.isMapped(column) && record.isSet(column)) ? record.get(column) : "";
	}

	/**
	 * One line of an import.
	 *
	 * @param line the line number in the file (the header is line 1)
	 * @param name 氏名
	 * @param furigana ふりがな
	 * @param category 選出区分
	 * @param affiliation 所属・役職
	 * @param email メールアドレス
	 * @param start 任期開始
	 * @param end 任期終了 (blank for the charter's term)
	 */
	record Row(long line, String name, String furigana, String category, String affiliation, String email, String start,
			String end) {
	}

}
