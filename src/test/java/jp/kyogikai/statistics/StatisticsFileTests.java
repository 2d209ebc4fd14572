package jp.kyogikai.statistics;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static jp.kyogikai.statistics.StatisticsTestSupport.figure;
import static jp.kyogikai.statistics.StatisticsTestSupport.figures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A year's statistics as files: the CSV file out, in and out again unchanged; a bad line
 * names itself and changes nothing; the PDF holds the seed's figures.
 */
@IntegrationTest
class StatisticsFileTests {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestTenants tenants;

	@Autowired
	StatisticsMaterial material;

	@Autowired
	Clock clock;

	@Test
	void theDemoYearAsCsvForExcel() throws Exception {
		byte[] csv = demoCsv();
		assertThat(csv).startsWith(BOM);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("年度,令和7年度,市町村,佐久市\r\n\r\n表,人口等の状況,時点,令和7年5月末現在\r\n項目,人数\r\n人口,97234\r\n")
			.contains("\r\n高齢化率（％）,31.6\r\n")
			.contains("\r\n区分,要支援,要介護1,要介護2,要介護3,要介護4,要介護5,計\r\n第1号被保険者,863,982,867,643,765,491,4611\r\n")
			.contains("\r\n総数,870,987,880,649,770,501,4657\r\n")
			.contains("\r\n表,タクシーの状況,時点,長野県タクシー協会HP参考\r\n会社名,事業所,所有車両数\r\n佐久小諸観光株式会社,佐久,6\r\n")
			.endsWith("\r\n計,41,618\r\n");
		// the demo file the CSV was loaded from, with its totals, says the same
		assertThat(text.replace("\r\n", "\n")).isEqualTo(StatisticsCsvReaderTests.demo());
	}

	@Test
	void aFileImportedAndExportedAgainIsTheSameFile() throws Exception {
		Tenant tenant = this.tenants.create();
		FiscalYear year = StatisticsTestSupport.currentYear(this.clock);
		create(tenant, year);
		String exported = new String(csv(tenant, year), StandardCharsets.UTF_8);
		assertThat(exported).contains("表,鉄道路線,時点,\r\n会社名,路線数,管内の駅数、名称等\r\n\r\n").contains("\r\n第2号被保険者\r\n総数\r\n");
		String file = forTenant(tenant, year);
		this.mvc.perform(upload(tenant, year, file.getBytes(StandardCharsets.UTF_8), "統計.csv"))
			.andExpect(redirectedUrl("/statistics/" + year.startYear()))
			.andExpect(flash().attribute("flashMessageText", "CSVファイルから10件の表を取り込みました。"));
		assertThat(figure(this.jdbc, tenant.municipality().getId(), year.startYear(), "CARE_CERTIFICATION",
				"AGED_75_PLUS", "CARE_4"))
			.isEqualTo(716);
		byte[] again = csv(tenant, year);
		assertThat(new String(again, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + file);
	}

	@Test
	void oneBadLineNamesItselfAndNothingChanges() throws Exception {
		Tenant tenant = this.tenants.create();
		FiscalYear year = StatisticsTestSupport.currentYear(this.clock);
		create(tenant, year);
		String file = forTenant(tenant, year);
		this.mvc.perform(upload(tenant, year, file.getBytes(StandardCharsets.UTF_8), "統計.csv"))
			.andExpect(status().is3xxRedirection());
		byte[] before = csv(tenant, year);
		String changed = file.replace("高齢者,36,529", "高齢者,40,600")
			.replace("2級,76,63,0,373,7,519", "2級,76,63,0,373,七,519");
		long line = StatisticsCsvReaderTests.lineOf(changed.replace("\r\n", "\n"), "2級,76,63,0,373,七");
		this.mvc.perform(upload(tenant, year, changed.getBytes(StandardCharsets.UTF_8), "統計.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("取り込めませんでした。"), containsString(line + "行目"),
					containsString("2級・内部の「七」は0以上の整数ではありません。"), not(containsString("??")))));
		assertThat(csv(tenant, year)).isEqualTo(before);
		assertThat(figure(this.jdbc, tenant.municipality().getId(), year.startYear(), "OUTING_SUPPORT", "ELDERLY",
				"USERS"))
			.isEqualTo(36);
	}

	@Test
	void excelsShiftJisFileIsImported() throws Exception {
		Tenant tenant = this.tenants.create();
		FiscalYear year = StatisticsTestSupport.currentYear(this.clock);
		create(tenant, year);
		byte[] shiftJis = forTenant(tenant, year).getBytes(Charset.forName("windows-31j"));
		this.mvc.perform(upload(tenant, year, shiftJis, "統計.csv")).andExpect(status().is3xxRedirection());
		assertThat(figures(this.jdbc, tenant.municipality().getId(), year.startYear()))
			.isEqualTo(2 + 18 + 12 + 30 + 6 + 3 + 4);
		this.mvc.perform(get("/statistics/{y}", year.startYear()).with(user(tenant.staff())))
			.andExpect(content().string(allOf(containsString("しげのマツバタクシー(有)"), containsString("3,920"))));
	}

	@Test
	void onlyCsvFilesAreTaken() throws Exception {
		Tenant tenant = this.tenants.create();
		FiscalYear year = StatisticsTestSupport.currentYear(this.clock);
		create(tenant, year);
		this.mvc.perform(upload(tenant, year, forTenant(tenant, year).getBytes(StandardCharsets.UTF_8), "統計.xlsx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CSVファイル（.csv）を選んでください。")));
		this.mvc.perform(upload(tenant, year, new byte[0], "統計.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ファイル全体"), containsString("ファイルが空です。"))));
		this.mvc.perform(upload(tenant, year, "表,\"人口等の状況\n".getBytes(StandardCharsets.UTF_8), "統計.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CSVファイルとして読めません")));
		this.mvc.perform(upload(tenant, year, new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 }, "統計.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("テキスト形式のCSVファイルではありません。")));
		assertThat(figures(this.jdbc, tenant.municipality().getId(), year.startYear())).isZero();
	}

	@Test
	void thePdfHoldsTheSeedsFigures() throws Exception {
		byte[] pdf = this.mvc.perform(get("/statistics/2025/statistics.pdf").with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("【佐久市の状況】", "◎ 人口等の状況（令和7年5月末現在）", "97,234", "30,709", "31.6", "◎ 要介護認定者の状況",
					"(1) 要介護（要支援）認定者数（令和7年3月時点）", "うち65歳以上75歳未満", "4,611", "4,657", "3,049", "視覚", "肢体不自由", "3,920",
					"1,035", "1,362", "JR東日本", "千曲バス株式会社", "八千穂タクシー有限会社", "◎ 外出支援サービス（令和6年度実績）", "618");
			assertThat(text.indexOf("人口等の状況")).isLessThan(text.indexOf("要介護認定者の状況"));
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("佐久市");
		}
		long saku = StatisticsTestSupport.municipality(this.jdbc, "佐久市");
		byte[] material = this.material.pdf(saku, new FiscalYear(2025), principal("staff"), "資料No.4");
		try (PDDocument document = Loader.loadPDF(material)) {
			assertThat(new PDFTextStripper().getText(document)).contains("資料No.4", "4,657");
		}
		assertThat(this.material.exists(saku, new FiscalYear(2025), principal("staff"))).isTrue();
		assertThat(this.material.exists(saku, new FiscalYear(2025), principal("staff2"))).isFalse();
		assertThat(this.material.exists(saku, new FiscalYear(2024), principal("staff"))).isFalse();
		assertThatExceptionOfType(StatisticsNotFoundException.class)
			.isThrownBy(() -> this.material.pdf(saku, new FiscalYear(2025), principal("staff2")));
		assertThatExceptionOfType(StatisticsNotFoundException.class)
			.isThrownBy(() -> this.material.pdf(saku, new FiscalYear(2025), principal("tanto")));
	}

	@Test
	void aYearWithoutTablesPrintsANote() throws Exception {
		Tenant tenant = this.tenants.create();
		FiscalYear year = StatisticsTestSupport.currentYear(this.clock);
		create(tenant, year);
		byte[] pdf = this.material.pdf(tenant.municipality().getId(), year, tenant.staff());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("【" + tenant.municipality().getName() + "の状況】",
					"この年度の統計はまだ入力されていません。");
		}
	}

	private byte[] demoCsv() throws Exception {
		return this.mvc.perform(get("/statistics/2025/statistics.csv").with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/**
	 * The demo year's file, as for the tenant's municipality and year.
	 */
	private String forTenant(Tenant tenant, FiscalYear year) throws Exception {
		byte[] csv = demoCsv();
		return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).replace("年度,令和7年度,市町村,佐久市",
				"年度," + year.label() + ",市町村," + tenant.municipality().getName());
	}

	private byte[] csv(Tenant tenant, FiscalYear year) throws Exception {
		return this.mvc.perform(get("/statistics/{y}/statistics.csv", year.startYear()).with(user(tenant.staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private void create(Tenant tenant, FiscalYear year) throws Exception {
		this.mvc
			.perform(post("/statistics").param("fiscalYear", Integer.toString(year.startYear()))
				.with(user(tenant.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/statistics/" + year.startYear()));
	}

	private org.springframework.test.web.servlet.RequestBuilder upload(Tenant tenant, FiscalYear year, byte[] bytes,
			String filename) {
		return multipart("/statistics/{y}/import", year.startYear())
			.file(new MockMultipartFile("file", filename, "text/csv", bytes))
			.with(user(tenant.staff()))
			.with(csrf());
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

}
