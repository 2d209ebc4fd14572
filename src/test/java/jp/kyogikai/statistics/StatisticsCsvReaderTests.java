package jp.kyogikai.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.csv.ExcelCsv;
import jp.kyogikai.statistics.StatisticsCsvReader.Reading;
import jp.kyogikai.statistics.StatisticsImportResult.LineError;
import jp.kyogikai.statistics.rule.Position;
import jp.kyogikai.statistics.rule.StatisticsSection;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reading the statistics file, with the real labels of {@code messages.properties}: the
 * demo file (the seed's figures) and every kind of mistake, each named by its line.
 */
class StatisticsCsvReaderTests {

	static final FiscalYear R7 = new FiscalYear(2025);

	static final StatisticsLabels LABELS = labels();

	@Test
	void theDemoFileHoldsTheSeedsTables() throws IOException {
		Reading reading = read(demo());
		assertThat(reading.errors()).isEmpty();
		Map<StatisticsSection, ParsedTable> tables = reading.tables()
			.stream()
			.collect(Collectors.toMap(ParsedTable::section, Function.identity()));
		assertThat(tables).containsOnlyKeys(StatisticsSection.values());
		ParsedTable population = tables.get(StatisticsSection.POPULATION);
		assertThat(population.asOf()).isEqualTo("令和7年5月末現在");
		assertThat(population.counts()).containsEntry(new Position("POPULATION", "PERSONS"), 97_234L)
			.containsEntry(new Position("AGED_65_PLUS", "PERSONS"), 30_709L);
		ParsedTable care = tables.get(StatisticsSection.CARE_CERTIFICATION);
		assertThat(care.counts()).hasSize(18)
			.containsEntry(new Position("AGED_65_74", "CARE_1"), 83L)
			.containsEntry(new Position("SECOND_INSURED", "CARE_5"), 10L);
		assertThat(tables.get(StatisticsSection.OUTING_SUPPORT).asOf()).isEqualTo("令和6年度実績");
		assertThat(tables.get(StatisticsSection.RAILWAY).asOf()).isNull();
		assertThat(tables.get(StatisticsSection.RAILWAY).companies()).singleElement()
			.isEqualTo(new CompanyLine("JR東日本", 2, "小海線 10駅(中佐都駅～青沼駅) 北陸新幹線 1駅(佐久平駅)"));
		assertThat(tables.get(StatisticsSection.TAXI).companies()).hasSize(9)
			.element(5)
			.isEqualTo(new CompanyLine("千曲バス株式会社", 21, "佐久"));
	}

	@Test
	void aTotalThatDisagreesNamesItsLineAndNothingIsRead() throws IOException {
		String text = demo().replace("総数,870,987,880,649,770,501,4657", "総数,871,987,880,649,770,501,4657");
		Reading reading = read(text);
		assertThat(reading.tables()).isEmpty();
		assertThat(reading.errors()).extracting(LineError::line, LineError::message)
			.containsExactly(
					tuple(lineOf(text, "総数,871"), "総数・要支援が871ですが、入力した人数から計算すると870です。計算で求める欄は、空欄にするか正しい値にしてください。"));
	}

	@Test
	void computedCellsMayBeLeftEmpty() throws IOException {
		String text = demo().replace("第1号被保険者,863,982,867,643,765,491,4611", "第1号被保険者")
			.replace("総数,870,987,880,649,770,501,4657", "")
			.replace("うち65歳以上75歳未満,75,83,71,41,49,31,350", "うち65歳以上75歳未満,75,83,71,41,49,31")
			.replace("高齢化率（％）,31.6", "");
		assertThat(read(text).errors()).isEmpty();
	}

	@Test
	void everyBadCellIsNamedWithItsLine() throws IOException {
		String text = demo().replace("第2号被保険者,7,5,13,6,5,10,46", "第2号被保険者,7,,13,abc,-5,10")
			.replace("人口,97234", "人口,100000000")
			.replace("八千穂タクシー有限会社,佐久,7", ",佐久,7台");
		Reading reading = read(text);
		assertThat(reading.tables()).isEmpty();
		long care = lineOf(text, "第2号被保険者,7,,13");
		long taxi = lineOf(text, ",佐久,7台");
		assertThat(reading.errors()).extracting(LineError::line, LineError::message)
			.containsExactly(tuple(lineOf(text, "人口,100000000"), "人口は99,999,999以下にしてください。"),
					tuple(care, "第2号被保険者・要介護1が空欄です（0のときは0と入力してください）。"),
					tuple(care, "第2号被保険者・要介護3の「abc」は0以上の整数ではありません。"), tuple(care, "第2号被保険者・要介護4の「-5」は0以上の整数ではありません。"),
					tuple(taxi, "会社名が空欄です。"), tuple(taxi, "所有車両数の「7台」は0以上の整数ではありません。"));
	}

	@Test
	void unknownTablesRowsAndHeadingsAreNamed() throws IOException {
		String text = demo().replace("表,鉄道路線", "表,鉄道")
			.replace("うち75歳以上,788", "75歳以上,788")
			.replace("等級,視覚,聴覚・平衡", "等級,視覚,聴覚");
		Reading reading = read(text);
		assertThat(reading.errors()).extracting(LineError::line)
			.containsExactly(lineOf(text, "表,要介護（要支援）認定者数"), lineOf(text, "75歳以上,788"), lineOf(text, "等級,視覚,聴覚"),
					lineOf(text, "表,鉄道,"));
		assertThat(reading.errors()).extracting(LineError::message)
			.containsExactly("「要介護（要支援）認定者数」に「うち75歳以上」の行がありません。",
					"「75歳以上」という行は「要介護（要支援）認定者数」にありません（行の名前：第1号被保険者、うち65歳以上75歳未満、うち75歳以上、第2号被保険者、総数）。",
					"「身体障害者手帳取得者の状況」の見出しの行が違います。1列目の後に「視覚, 聴覚・平衡, 音声言語, 肢体不自由, 内部」を並べてください（計の列はあってもなくてもかまいません）。",
					"「鉄道」という表はありません（表の名前：人口等の状況、要介護（要支援）認定者数、居宅介護（要介護）サービス受給者数、身体障害者手帳取得者の状況、知的障害者の障害別状況、精神保健福祉手帳交付状況、鉄道路線、バス路線、タクシーの状況、外出支援サービス）。");
	}

	@Test
	void anotherYearsFileIsRefusedUntilItsYearIsChanged() throws IOException {
		Reading reading = read(demo().replace("年度,令和7年度", "年度,令和6年度"));
		assertThat(reading.errors()).extracting(LineError::line, LineError::message)
			.containsExactly(tuple(1L, "このファイルの年度は「令和6年度」です。令和7年度に取り込むには、1行目の年度を令和7年度に直してください。"));
		assertThat(new StatisticsCsvReader(LABELS).read(StatisticsCsv.lines(demo()), R7, "小諸市").errors())
			.extracting(LineError::message)
			.containsExactly("このファイルの市町村は「佐久市」です。小諸市の統計には取り込めません。");
	}

	@Test
	void aFileWithOneTableChangesOnlyThatTable() {
		String text = """
				表,外出支援サービス,時点,令和7年度実績
				区分,利用実人員,利用回数
				高齢者,40,600
				障害者,6,90
				""";
		Reading reading = read(text);
		assertThat(reading.errors()).isEmpty();
		assertThat(reading.tables()).singleElement().satisfies((table) -> {
			assertThat(table.section()).isEqualTo(StatisticsSection.OUTING_SUPPORT);
			assertThat(table.asOf()).isEqualTo("令和7年度実績");
			assertThat(table.counts()).containsEntry(new Position("DISABLED", "TRIPS"), 90L);
		});
	}

	@Test
	void tablesLeftEmptyAreLeftAlone() {
		String text = """
				年度,令和7年度
				表,知的障害者の障害別状況,時点,
				年齢,重度（A1）,中度（A2・B1）,軽度（B2）,計
				18歳未満,,,,
				18歳以上,,,,
				計,,,,
				表,鉄道路線,時点,
				会社名,路線数,管内の駅数、名称等
				""";
		Reading reading = read(text);
		assertThat(reading.errors()).isEmpty();
		assertThat(reading.tables()).isEmpty();
	}

	@Test
	void aFileWithoutTablesIsRefused() {
		assertThat(read("氏名,ふりがな\n佐久 花子,さく はなこ\n").errors()).extracting(LineError::line, LineError::message)
			.containsExactly(tuple(1L, "「表」で始まる行より前に、読めない行があります。"), tuple(2L, "「表」で始まる行より前に、読めない行があります。"));
		assertThat(read("\n\n").errors()).extracting(LineError::message)
			.containsExactly("「表」で始まる行がありません。「CSVファイルに書き出す」で出したファイルの形で作ってください。");
	}

	@Test
	void aTableTwiceAndMoreOldPeopleThanPeopleAreRefused() throws IOException {
		String text = demo().replace("うち65歳以上人口,30709", "うち65歳以上人口,97235")
				+ "\n表,精神保健福祉手帳交付状況,時点,\n等級,1級,2級,3級\n人数,1,2,3\n";
		Reading reading = read(text);
		assertThat(reading.errors()).extracting(LineError::line, LineError::message)
			.containsExactly(tuple(lineOf(text, "うち65歳以上人口,97235"), "うち65歳以上人口（97,235人）が人口（97,234人）を超えています。"),
					tuple(lineOf(text, "表,精神保健福祉手帳交付状況,時点,\n"), "「精神保健福祉手帳交付状況」の表が2回あります。"));
	}

	@Test
	void excelsShiftJisAndFullWidthDigitsAreRead() throws Exception {
		String text = demo().replace("人口,97234", "人口,９７，２３４").replace("聴覚・平衡", "聴 覚・平 衡");
		byte[] shiftJis = text.getBytes(Charset.forName("windows-31j"));
		String decoded = ExcelCsv.decode(shiftJis);
		assertThat(decoded).isEqualTo(text);
		Reading reading = read(decoded);
		assertThat(reading.errors()).isEmpty();
		assertThat(reading.tables().get(0).counts()).containsEntry(new Position("POPULATION", "PERSONS"), 97_234L);
		byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
		assertThat(ExcelCsv.decode(withBom)).isEqualTo(text);
	}

	@Test
	void aTextThatLooksLikeAFormulaIsWrittenWithAnApostropheAndReadWithout() {
		assertThat(StatisticsCsv.escape("=HYPERLINK(\"http://example.com\")"))
			.isEqualTo("'=HYPERLINK(\"http://example.com\")");
		assertThat(StatisticsCsv.escape("-")).isEqualTo("'-");
		assertThat(StatisticsCsv.escape("千曲バス")).isEqualTo("千曲バス");
		String text = """
				表,バス路線,時点,'@令和7年
				会社名,路線数,路線名
				'=千曲バス,3,'-
				'千曲バス,1,'x
				""";
		Reading reading = read(text);
		assertThat(reading.errors()).isEmpty();
		assertThat(reading.tables()).singleElement().satisfies((table) -> {
			assertThat(table.asOf()).isEqualTo("@令和7年");
			assertThat(table.companies()).containsExactly(new CompanyLine("=千曲バス", 3, "-"),
					new CompanyLine("'千曲バス", 1, "'x"));
		});
	}

	@Test
	void aQuoteLeftOpenIsAMalformedFile() {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(java.io.UncheckedIOException.class)
			.isThrownBy(() -> StatisticsCsv.lines("表,\"人口等の状況\n項目,人数\n"));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(java.io.UncheckedIOException.class)
			.isThrownBy(() -> StatisticsCsv.lines("表,\"人口等の状況\"です\n"));
	}

	static Reading read(String text) {
		return new StatisticsCsvReader(LABELS).read(StatisticsCsv.lines(text), R7, "佐久市");
	}

	static String demo() throws IOException {
		try (InputStream in = StatisticsCsvReaderTests.class.getResourceAsStream("/demo/saku-statistics-r7.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * The line (as a spreadsheet numbers it) on which a text starts.
	 */
	static long lineOf(String text, String part) {
		int index = text.indexOf(part);
		assertThat(index).as(part).isNotNegative();
		return text.substring(0, index).chars().filter((c) -> c == '\n').count() + 1;
	}

	private static StatisticsLabels labels() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new StatisticsLabels(messages);
	}

}
