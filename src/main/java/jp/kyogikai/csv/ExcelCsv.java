package jp.kyogikai.csv;

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
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.kyogikai.calendar.Wareki;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV as Excel in Japan writes and reads it. Files written here are UTF-8 with a byte
 * order mark (so that Excel does not take them for Shift_JIS) and CRLF; uploads are read
 * in UTF-8, with or without the mark, or in Shift_JIS (Windows-31J, Excel's
 * 「CSV（コンマ区切り）」).
 */
public final class ExcelCsv {

	/** Larger uploads are refused before they are read. */
	public static final int MAX_BYTES = 1024 * 1024;

	/** {@code text/csv;charset=UTF-8}. */
	public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d")
		.withResolverStyle(ResolverStyle.STRICT);

	/** Excel's dialect, without its leniency for a quote left open or text after one. */
	private static final CSVFormat STRICT = CSVFormat.EXCEL.builder().setLenientEof(false).setTrailingData(false).get();

	/** What a spreadsheet takes for the start of a formula (CSV injection). */
	private static final String FORMULA_START = "=+-@";

	private ExcelCsv() {
	}

	/**
	 * Writes a list. Dates are written in ISO (2025-07-17), {@code null} as a blank cell;
	 * a cell that a spreadsheet would run as a formula gets a leading apostrophe, which
	 * {@link #read} removes again.
	 * @param header the header row
	 * @param rows the rows
	 * @return the file's bytes
	 */
	public static byte[] write(List<String> header, List<? extends List<?>> rows) {
		byte[] text = text(header, rows).getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(text, 0, withBom, BOM.length, text.length);
		return withBom;
	}

	/**
	 * The text {@link #write} writes, without the byte order mark (a sample on a page).
	 * @param header the header row
	 * @param rows the rows
	 * @return the text, CRLF at the end of each row
	 */
	public static String text(List<String> header, List<? extends List<?>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get())) {
			printer.printRecord(header.stream().map(ExcelCsv::cell).toList());
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(ExcelCsv::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Reads an upload: a {@code .csv} (or {@code .txt}) file of text, at most
	 * {@link #MAX_BYTES}, whose header has the required columns.
	 * @param filename the name the browser sent
	 * @param bytes the content
	 * @param columns the columns of the import
	 * @param onlyTheseColumns whether another column in the header is a mistake (rather
	 * than ignored)
	 * @return the rows, blank rows left out
	 * @throws CsvFileException when the file as a whole cannot be imported
	 */
	public static CsvSheet read(String filename, byte[] bytes, List<CsvColumn> columns, boolean onlyTheseColumns)
			throws CsvFileException {
		String name = (filename != null) ? filename.strip().toLowerCase(Locale.ROOT) : "";
		if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
			throw new CsvFileException(0, "import.notCsv");
		}
		if (bytes.length == 0) {
			throw new CsvFileException(0, "import.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new CsvFileException(0, "import.tooLarge", MAX_BYTES / 1024);
		}
		return parse(decode(bytes), columns, onlyTheseColumns);
	}

	/**
	 * Decodes a file: UTF-8 when it is valid UTF-8 (a byte order mark is dropped),
	 * otherwise Shift_JIS (Windows-31J).
	 * @param bytes the content
	 * @return the text
	 * @throws CsvFileException when it holds control characters (a binary file, an Excel
	 * workbook, UTF-16) or is neither encoding
	 */
	public static String decode(byte[] bytes) throws CsvFileException {
		for (byte b : bytes) {
			if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
				throw new CsvFileException(0, "csv.notText");
			}
		}
		int offset = (bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]) ? 3 : 0;
		try {
			return strictly(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, offset, bytes.length - offset));
		}
		catch (CharacterCodingException notUtf8) {
			try {
				return strictly(WINDOWS_31J, ByteBuffer.wrap(bytes));
			}
			catch (CharacterCodingException neither) {
				throw new CsvFileException(0, "csv.encoding");
			}
		}
	}

	/**
	 * Reads decoded text: the first row is the header.
	 * @param text the file's text
	 * @param columns the columns of the import
	 * @param onlyTheseColumns whether another column in the header is a mistake
	 * @return the rows, blank rows left out
	 * @throws CsvFileException when the header is wrong, a quote is not closed or there
	 * is no row
	 */
	public static CsvSheet parse(String text, List<CsvColumn> columns, boolean onlyTheseColumns)
			throws CsvFileException {
		List<CsvRow> rows = new ArrayList<>();
		Map<String, Integer> header = new LinkedHashMap<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), STRICT)) {
			for (CSVRecord record : parser) {
				if (record.getRecordNumber() == 1) {
					header = header(record, columns, onlyTheseColumns);
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				boolean blank = true;
				for (Map.Entry<String, Integer> column : header.entrySet()) {
					String value = (column.getValue() < record.size()) ? unescape(record.get(column.getValue()).strip())
							: "";
					cells.put(column.getKey(), value);
					blank &= value.isEmpty();
				}
				if (!blank) {
					rows.add(new CsvRow(record.getRecordNumber(), cells));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new CsvFileException(0, "csv.malformed");
		}
		if (header.isEmpty()) {
			throw new CsvFileException(0, "import.empty");
		}
		if (rows.isEmpty()) {
			throw new CsvFileException(0, "import.noRows");
		}
		return new CsvSheet(List.copyOf(header.keySet()), rows);
	}

	/**
	 * A date as people type it in a spreadsheet.
	 * @param text 2025-07-17, 2025/7/17, 令和7年7月17日 or R7.7.17 (full-width digits too)
	 * @return the date
	 * @throws DateTimeException when it is none of these or no such day exists
	 */
	public static LocalDate parseDate(String text) {
		String value = halfWidth(text).replace('－', '-').replace('／', '/').strip();
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

	/**
	 * A list as a download.
	 * @param kind what the list holds, e.g. {@code vehicles}
	 * @param owner whose list it is, e.g. のんびり
	 * @param date the day it was written
	 * @param content the file, from {@link #write}
	 * @return the response, {@code text/csv} as an attachment
	 */
	public static ResponseEntity<byte[]> download(String kind, String owner, LocalDate date, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(kind, owner, date))
			.body(content);
	}

	/**
	 * The {@code Content-Disposition} of a download: {@code attachment} with the name in
	 * UTF-8 ({@code filename*}, RFC 5987).
	 * @param kind what the list holds, e.g. {@code vehicles}
	 * @param owner whose list it is, e.g. のんびり
	 * @param date the day it was written
	 * @return the header's value, for {@code vehicles-のんびり-2026-12-01.csv}
	 */
	public static String attachment(String kind, String owner, LocalDate date) {
		String name = (kind + "-" + owner + "-" + date + ".csv").replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "")
			.replaceAll("[\\s　]+", "_");
		return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
	}

	static String halfWidth(String text) {
		StringBuilder builder = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '０' && c <= '９') {
				builder.append((char) (c - '０' + '0'));
			}
			else {
				builder.append((c == '，') ? ',' : c);
			}
		}
		return builder.toString();
	}

	private static Map<String, Integer> header(CSVRecord record, List<CsvColumn> columns, boolean onlyTheseColumns)
			throws CsvFileException {
		Set<String> known = new LinkedHashSet<>();
		columns.forEach((column) -> known.add(column.header()));
		Map<String, Integer> header = new LinkedHashMap<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (int i = 0; i < record.size(); i++) {
			String name = record.get(i).replace("\uFEFF", "").strip();
			if (name.isEmpty()) {
				continue;
			}
			if (header.containsKey(name)) {
				throw new CsvFileException(1, "csv.header.duplicate", name);
			}
			header.put(name, i);
			if (!known.contains(name)) {
				unknown.add(name);
			}
		}
		if (onlyTheseColumns && !unknown.isEmpty()) {
			throw new CsvFileException(1, "csv.header.unknown", String.join("、", unknown));
		}
		List<String> missing = columns.stream()
			.filter(CsvColumn::required)
			.map(CsvColumn::header)
			.filter((name) -> !header.containsKey(name))
			.toList();
		if (!missing.isEmpty()) {
			throw new CsvFileException(1, "import.header.missing", String.join("、", missing));
		}
		return header;
	}

	private static String strictly(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(bytes)
			.toString();
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return (!text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	private static String unescape(String value) {
		return (value.length() > 1 && value.charAt(0) == '\'' && FORMULA_START.indexOf(value.charAt(1)) >= 0)
				? value.substring(1) : value;
	}

}
