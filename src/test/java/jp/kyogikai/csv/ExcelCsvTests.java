package jp.kyogikai.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExcelCsvTests {

	static final List<CsvColumn> COLUMNS = List.of(CsvColumn.required("氏名", null), CsvColumn.required("任期開始", null),
			CsvColumn.optional("所属・役職", null));

	static final String FILE = """
			氏名,所属・役職,任期開始
			上嶋 通徳,"佐久市区長会 理事, 布施地区会長",令和6年8月10日
			,,
			的場 正芳,,2024/8/10
			""";

	@Test
	void rowsKeepTheirNumbersAsExcelShowsThemAndQuotedCommas() throws Exception {
		List<CsvRow> rows = ExcelCsv.parse(FILE, COLUMNS, true).rows();
		assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L);
		assertThat(rows.get(0).text("所属・役職")).isEqualTo("佐久市区長会 理事, 布施地区会長");
		assertThat(rows.get(1).text("所属・役職")).isEmpty();
		assertThat(rows.get(1).has("所属・役職")).isTrue();
	}

	@Test
	void aCellWithALineBreakIsOneRow() throws Exception {
		List<CsvRow> rows = ExcelCsv.parse("氏名,任期開始\r\n\"上嶋\r\n通徳\",R6.8.10\r\n小池 誠,R6.8.10\r\n", COLUMNS, true).rows();
		assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
		assertThat(rows.get(0).text("氏名")).isEqualTo("上嶋\r\n通徳");
		assertThat(rows.get(0).has("所属・役職")).isFalse();
	}

	@Test
	void theHeaderIsChecked() {
		assertThatThrownBy(() -> ExcelCsv.parse("氏名,選出区分\n上嶋,識見を有する者\n", COLUMNS, false))
			.isInstanceOfSatisfying(CsvFileException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("import.header.missing");
				assertThat(ex.line()).isEqualTo(1);
				assertThat(ex.arguments()).containsExactly("任期開始");
			});
		assertThatThrownBy(() -> ExcelCsv.parse("氏名,任期開始,選出区分\n上嶋,R6.8.10,識見を有する者\n", COLUMNS, true))
			.isInstanceOfSatisfying(CsvFileException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("csv.header.unknown");
				assertThat(ex.arguments()).containsExactly("選出区分");
			});
		assertThatThrownBy(() -> ExcelCsv.parse("氏名,任期開始,氏名\n上嶋,R6.8.10,上嶋\n", COLUMNS, false)).isInstanceOfSatisfying(
				CsvFileException.class, (ex) -> assertThat(ex.code()).isEqualTo("csv.header.duplicate"));
		assertThatThrownBy(() -> ExcelCsv.parse("氏名,任期開始\n", COLUMNS, false))
			.isInstanceOfSatisfying(CsvFileException.class, (ex) -> assertThat(ex.code()).isEqualTo("import.noRows"));
		assertThatThrownBy(() -> ExcelCsv.parse("氏名,任期開始\n\"上嶋,R6.8.10\n", COLUMNS, false))
			.isInstanceOfSatisfying(CsvFileException.class, (ex) -> assertThat(ex.code()).isEqualTo("csv.malformed"));
	}

	@Test
	void excelsShiftJisAndUtf8WithOrWithoutBomAreRead() throws Exception {
		byte[] sjis = FILE.getBytes(Charset.forName("windows-31j"));
		byte[] utf8 = FILE.getBytes(StandardCharsets.UTF_8);
		assertThat(ExcelCsv.decode(sjis)).isEqualTo(FILE);
		assertThat(ExcelCsv.decode(utf8)).isEqualTo(FILE);
		assertThat(ExcelCsv.decode(withBom(utf8))).isEqualTo(FILE);
		assertThat(ExcelCsv.read("roster.CSV", sjis, COLUMNS, true).rows()).hasSize(2);
	}

	@Test
	void uploadsThatAreNotCsvTextAreRefused() {
		assertThat(problem("roster.xlsx", "氏名\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.notCsv");
		assertThat(problem(null, "氏名\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.notCsv");
		assertThat(problem("roster.csv", new byte[0])).isEqualTo("import.empty");
		assertThat(problem("roster.csv", new byte[ExcelCsv.MAX_BYTES + 1])).isEqualTo("import.tooLarge");
		assertThat(problem("roster.csv", new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 })).isEqualTo("csv.notText");
		assertThat(problem("roster.csv", "氏名,任期開始\n".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("csv.notText");
		assertThat(problem("roster.csv", new byte[] { 'a', ',', (byte) 0x81, (byte) 0x20, '\n' }))
			.isEqualTo("csv.encoding");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "令和6年8月10日, 2024-08-10", "R6.8.10, 2024-08-10", "2024-08-10, 2024-08-10", "2024/8/10, 2024-08-10",
			"２０２４／０８／１０, 2024-08-10", "令和元年5月1日, 2019-05-01", "H31.4.30, 2019-04-30", "S30.7.7, 1955-07-07" })
	void datesAreReadAsPeopleTypeThem(String text, LocalDate expected) {
		assertThat(ExcelCsv.parseDate(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024/2/30", "2024-13-01", "令和6年13月1日", "H32.1.1", "昨日" })
	void impossibleDatesAreRefused(String text) {
		assertThatThrownBy(() -> ExcelCsv.parseDate(text)).isInstanceOf(DateTimeException.class);
	}

	@Test
	void aWrittenFileHasABomCrlfIsoDatesAndNoFormulas() throws Exception {
		byte[] file = ExcelCsv.write(List.of("氏名", "任期開始", "所属・役職"),
				List.of(Arrays.asList("=HYPERLINK(\"http://example.com\")", LocalDate.of(2024, 8, 10), null),
						List.of("上嶋, 通徳", "", "-")));
		assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
		assertThat(text).isEqualTo(
				"氏名,任期開始,所属・役職\r\n\"'=HYPERLINK(\"\"http://example.com\"\")\",2024-08-10,\r\n" + "\"上嶋, 通徳\",,'-\r\n");
		List<CsvRow> rows = ExcelCsv.read("a.csv", file, COLUMNS, true).rows();
		assertThat(rows.get(0).text("氏名")).isEqualTo("=HYPERLINK(\"http://example.com\")");
		assertThat(rows.get(1).text("所属・役職")).isEqualTo("-");
	}

	@Test
	void theDownloadsNameIsInUtf8() {
		assertThat(ExcelCsv.attachment("vehicles", "のんびり", LocalDate.of(2026, 12, 1))).startsWith("attachment; ")
			.endsWith("filename*=UTF-8''vehicles-%E3%81%AE%E3%82%93%E3%81%B3%E3%82%8A-2026-12-01.csv");
		assertThat(ExcelCsv.attachment("drivers", "A/B 会", LocalDate.of(2026, 12, 1)))
			.contains("filename*=UTF-8''drivers-AB_%E4%BC%9A-2026-12-01.csv");
	}

	private static String problem(String filename, byte[] bytes) {
		try {
			ExcelCsv.read(filename, bytes, COLUMNS, true);
			return null;
		}
		catch (CsvFileException ex) {
			return ex.code();
		}
	}

	private static byte[] withBom(byte[] bytes) {
		byte[] bom = new byte[bytes.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(bytes, 0, bom, 3, bytes.length);
		return bom;
	}

}
