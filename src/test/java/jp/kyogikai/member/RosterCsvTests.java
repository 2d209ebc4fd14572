package jp.kyogikai.member;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RosterCsvTests {

	static final String FILE = """
			氏名,ふりがな,選出区分,所属・役職,任期開始,任期終了
			上嶋 通徳,かみしま みちのり,識見を有する者,"佐久市区長会 理事, 布施地区会長",令和6年8月10日,
			的場 正芳,まとば まさよし,識見を有する者,,2024/8/10,2025-08-09
			""";

	@Test
	void rowsKeepTheirLineNumbersAndQuotedCommas() {
		List<RosterCsv.Row> rows = RosterCsv.read(FILE);
		assertThat(rows).extracting(RosterCsv.Row::line).containsExactly(2L, 3L);
		assertThat(rows.get(0).affiliation()).isEqualTo("佐久市区長会 理事, 布施地区会長");
		assertThat(rows.get(0).end()).isEmpty();
		assertThat(rows.get(1).email()).isEmpty();
	}

	@Test
	void aMissingRequiredColumnIsNamed() {
		assertThatThrownBy(() -> RosterCsv.read("氏名,選出区分\n上嶋,識見を有する者\n")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("ふりがな、任期開始");
	}

	@Test
	void excelsShiftJisAndUtf8WithOrWithoutBomAreRead() {
		byte[] sjis = FILE.getBytes(Charset.forName("windows-31j"));
		byte[] utf8 = FILE.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[utf8.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, bom, 3, utf8.length);
		assertThat(RosterCsv.decode(sjis)).isEqualTo(FILE);
		assertThat(RosterCsv.decode(utf8)).isEqualTo(FILE);
		assertThat(RosterCsv.decode(bom)).isEqualTo(FILE);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "令和6年8月10日, 2024-08-10", "R6.8.10, 2024-08-10", "2024-08-10, 2024-08-10", "2024/8/10, 2024-08-10",
			"令和元年5月1日, 2019-05-01", "H31.4.30, 2019-04-30" })
	void datesAreReadAsPeopleTypeThem(String text, LocalDate expected) {
		assertThat(RosterCsv.parseDate(text)).isEqualTo(expected);
	}

	@Test
	void theExportStartsWithABomAndWritesDatesInWareki() {
		Roster roster = new Roster(1, "佐久市福祉有償運送運営協議会", LocalDate.of(2025, 7, 17), null, 10, 12,
				List.of(new RosterEntry(1, 1, "上嶋 通徳", "かみしま みちのり", "識見を有する者", "佐久市区長会 理事", OfficerRole.CHAIR,
						LocalDate.of(2024, 8, 10), LocalDate.of(2025, 8, 9), false, false)));
		byte[] csv = RosterCsv.export(roster, (value) -> "会長");
		assertThat(csv[0]).isEqualTo((byte) 0xEF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("氏名,ふりがな,選出区分,所属・役職,メールアドレス,役職,任期開始,任期終了,補欠\r\n")
			.contains("上嶋 通徳,かみしま みちのり,識見を有する者,佐久市区長会 理事,,会長,令和6年8月10日,令和7年8月9日,\r\n");
		assertThat(RosterCsv.read(text)).hasSize(1);
	}

}
