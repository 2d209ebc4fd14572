package jp.kyogikai.member;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.csv.CsvRow;
import jp.kyogikai.csv.ExcelCsv;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterCsvTests {

	@Test
	void theExportStartsWithABomWritesDatesInWarekiAndReadsBack() throws Exception {
		Roster roster = new Roster(1, "佐久市福祉有償運送運営協議会", LocalDate.of(2025, 7, 17), null, 10, 12,
				List.of(new RosterEntry(1, 1, "上嶋 通徳", "かみしま みちのり", "識見を有する者", "佐久市区長会 理事", OfficerRole.CHAIR,
						LocalDate.of(2024, 8, 10), LocalDate.of(2025, 8, 9), false, false)));
		byte[] csv = RosterCsv.export(roster, (value) -> "会長");
		assertThat(csv[0]).isEqualTo((byte) 0xEF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("氏名,ふりがな,選出区分,所属・役職,メールアドレス,役職,任期開始,任期終了,補欠\r\n")
			.contains("上嶋 通徳,かみしま みちのり,識見を有する者,佐久市区長会 理事,,会長,令和6年8月10日,令和7年8月9日,\r\n");
		List<CsvRow> rows = ExcelCsv.parse(text, RosterCsv.IMPORT_COLUMNS, false).rows();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).text(RosterCsv.AFFILIATION)).isEqualTo("佐久市区長会 理事");
		assertThat(rows.get(0).text(RosterCsv.OFFICE)).isEqualTo("会長");
	}

}
