package jp.kyogikai.statistics;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.statistics.YearStatistics.LineView;
import jp.kyogikai.statistics.YearStatistics.TableView;
import jp.kyogikai.statistics.rule.StatisticsSection;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A year's statistics as one CSV file that Excel opens (UTF-8 with a byte order mark,
 * CRLF), laid out like the printed tables so that a clerk can fill it in:
 *
 * <pre>
 * 年度,令和7年度,市町村,佐久市
 *
 * 表,人口等の状況,時点,令和7年5月末現在
 * 項目,人数
 * 人口,97234
 * うち65歳以上人口,30709
 * 高齢化率（％）,31.6
 *
 * 表,要介護（要支援）認定者数,時点,令和7年3月時点
 * 区分,要支援,要介護1,要介護2,要介護3,要介護4,要介護5,計
 * 第1号被保険者,863,982,867,643,765,491,4611
 * …
 * </pre>
 *
 * Each table starts with a line 「表」, its title, 「時点」 and its 時点, then a line of column
 * headings, then its rows by their labels. Computed rows and columns (計, 総数, 第1号被保険者,
 * 高齢化率) are written for reading; {@link StatisticsCsvReader} checks them if they are
 * filled in. Uploads are decoded by {@link jp.kyogikai.csv.ExcelCsv#decode} (UTF-8 with
 * or without the mark, or Excel's Shift_JIS); a text that a spreadsheet would run as a
 * formula is written with a leading apostrophe, removed again on reading.
 */
final class StatisticsCsv {

	static final String YEAR = "年度";

	static final String MUNICIPALITY = "市町村";

	static final String TABLE = "表";

	static final String AS_OF = "時点";

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** What a spreadsheet takes for the start of a formula (CSV injection). */
	private static final String FORMULA_START = "=+-@";

	private StatisticsCsv() {
	}

	/**
	 * The file of a year: every table, those not yet entered with empty cells (a form to
	 * fill in).
	 * @param year the statistics
	 * @param agingRateLabel the label of the 高齢化率 row
	 * @return the file's bytes
	 */
	static byte[] export(YearStatistics year, String agingRateLabel) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get())) {
			printer.printRecord(YEAR, year.fiscalYear().label(), MUNICIPALITY, year.municipalityName());
			for (TableView table : year.tables()) {
				printer.println();
				printer.printRecord(TABLE, table.title(), AS_OF, escape((table.asOf() != null) ? table.asOf() : ""));
				if (table.matrix() != null) {
					writeMatrix(printer, table, agingRateLabel);
				}
				else {
					printer.printRecord(table.companies().columns());
					for (CompanyLine line : table.companies().rows()) {
						printer.printRecord(table.companies().cells(line).stream().map(StatisticsCsv::escape).toList());
					}
				}
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

	private static void writeMatrix(CSVPrinter printer, TableView table, String agingRateLabel) throws IOException {
		List<String> header = new ArrayList<>();
		header.add(table.matrix().corner());
		header.addAll(table.matrix().columns());
		printer.printRecord(header);
		for (LineView line : table.matrix().lines()) {
			List<Object> cells = new ArrayList<>();
			cells.add(line.label());
			cells.addAll(line.cells());
			printer.printRecord(cells);
		}
		if (table.section() == StatisticsSection.POPULATION) {
			printer.printRecord(agingRateLabel, (table.matrix().agingRate() != null) ? table.matrix().agingRate() : "");
		}
	}

	/**
	 * The records of a file, each with its line as a spreadsheet numbers it (empty lines
	 * count), surrounding spaces stripped, empty cells at the end dropped.
	 * @param text the decoded file
	 * @return the records
	 * @throws UncheckedIOException when a quote is not closed or text follows one
	 */
	static List<Line> lines(String text) {
		CSVFormat format = CSVFormat.EXCEL.builder()
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.setLenientEof(false)
			.setTrailingData(false)
			.get();
		List<Line> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(
						record.toList().stream().map(String::strip).map(StatisticsCsv::unescape).toList());
				while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
					cells.remove(cells.size() - 1);
				}
				lines.add(new Line(record.getRecordNumber(), cells));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	/**
	 * A text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
	 * apostrophe, which {@link #lines} removes again.
	 * @param text the cell's text
	 * @return the text to write
	 */
	static String escape(String text) {
		return (!text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	private static String unescape(String text) {
		return (text.length() > 1 && text.charAt(0) == '\'' && FORMULA_START.indexOf(text.charAt(1)) >= 0)
				? text.substring(1) : text;
	}

	/**
	 * A label as compared: full-width letters, digits and brackets as half-width, without
	 * spaces (「聴 覚」 is 「聴覚」, 「高齢化率（％）」 is 「高齢化率(%)」).
	 * @param text the label
	 * @return the label to compare
	 */
	static String normalise(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]", "") : "";
	}

	/**
	 * One line of the file.
	 *
	 * @param number its number, the first line being 1
	 * @param cells its cells, without empty cells at the end
	 */
	record Line(long number, List<String> cells) {

		String cell(int index) {
			return (index < this.cells.size()) ? this.cells.get(index) : "";
		}

		boolean blank() {
			return this.cells.stream().allMatch(String::isEmpty);
		}

	}

}
