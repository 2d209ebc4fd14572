package jp.kyogikai.vehicle;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestData;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
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
 * The vehicles' CSV export and import, on an operator of the test's own municipality
 * (のんびり's demo vehicles stay as they are).
 */
@IntegrationTest
class VehicleCsvIntegrationTests {

	static final String HEADER = "自動車登録番号,車種,軽自動車,乗車定員,車名・型式,初度登録年,事務所,所有の別,車検の満了日,保険会社・共済,保険期間の開始日,保険期間の終了日,対人賠償,対物賠償,搭乗者傷害\r\n";

	static final String HIACE = "松本500あ1234,車いす車,,4,トヨタ ハイエース,2020,CSV事務所,所有,2030-03-31,全労済,2026-04-01,2029-03-31,無制限,無制限,10000000\r\n";

	static final String WAGON_R = "松本580な5678,セダン等,○,4,スズキ ワゴンR,2019,,持込み,令和11年6月30日,あいおいニッセイ同和損保,R8.7.1,R11.6.30,\"80,000,000\",2000000,\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	TestTenants tenants;

	@Autowired
	OperatorRepository operators;

	/** The test's municipality, with its staff. */
	Tenant tenant;

	/** An operator of the test's own, with one office and no vehicles. */
	long operator;

	long officeId;

	@BeforeEach
	void setUp() throws Exception {
		this.tenant = this.tenants.create();
		this.operator = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 CSV車両テスト");
		this.officeId = Registries.addOffice(this.mvc, this.jdbc, this.tenant.staff(), this.operator, "CSV事務所");
	}

	@Test
	void newRowsAreAddedInOneAuditedRevisionAndExportedForExcel() throws Exception {
		long revisionBefore = lastRevision();
		this.mvc.perform(upload(staffImport(), HEADER + HIACE + WAGON_R, "staff"))
			.andExpect(redirectedUrl("/operators/" + this.operator + "/vehicles"))
			.andExpect(flash().attribute("flashMessageText", "CSVを取り込みました（追加2件、更新0件、変更なし0件）。"));
		Map<String, Object> hiace = vehicle("松本500あ1234");
		assertThat(hiace).containsEntry("vehicle_type", "WHEELCHAIR")
			.containsEntry("kei", false)
			.containsEntry("seats", 4)
			.containsEntry("office_id", this.officeId)
			.containsEntry("inspection_expires_on", java.sql.Date.valueOf("2030-03-31"))
			.containsEntry("cover_per_person", -1L)
			.containsEntry("cover_passenger", 10_000_000L);
		Map<String, Object> wagonR = vehicle("松本580な5678");
		assertThat(wagonR).containsEntry("vehicle_type", "SEDAN")
			.containsEntry("kei", true)
			.containsEntry("ownership", "BROUGHT_IN")
			.containsEntry("office_id", null)
			.containsEntry("inspection_expires_on", java.sql.Date.valueOf("2029-06-30"))
			.containsEntry("policy_from", java.sql.Date.valueOf("2026-07-01"))
			.containsEntry("cover_per_person", 80_000_000L)
			.containsEntry("cover_passenger", null);
		assertThat(this.jdbc.sql("select count(distinct rev) from vehicle_aud where rev > :r")
			.param("r", revisionBefore)
			.query(Long.class)
			.single()).isEqualTo(1);

		byte[] exported = this.mvc
			.perform(get("/operators/{id}/vehicles/export", this.operator).with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", allOf(containsString("attachment"),
					containsString("filename*=UTF-8''" + URLEncoder.encode("vehicles-CSV車両テスト-", StandardCharsets.UTF_8)
							+ LocalDate.now(Kyogikai.ZONE) + ".csv"))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(exported).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(exported, 3, exported.length - 3, StandardCharsets.UTF_8)).isEqualTo(HEADER + HIACE
				+ "松本580な5678,セダン等,○,4,スズキ ワゴンR,2019,,持込み,2029-06-30,あいおいニッセイ同和損保,2026-07-01,2029-06-30,80000000,2000000,\r\n");
	}

	@Test
	void exportingAndImportingAgainChangesNothing() throws Exception {
		this.mvc.perform(upload(staffImport(), HEADER + HIACE + WAGON_R, "staff"))
			.andExpect(status().is3xxRedirection());
		long audits = audits();
		byte[] exported = this.mvc
			.perform(get("/operators/{id}/vehicles/export", this.operator).with(user(principal("staff"))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		this.mvc
			.perform(multipart(staffImport()).file(new MockMultipartFile("file", "vehicles.csv", "text/csv", exported))
				.with(user(principal("staff")))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessageText", "CSVを取り込みました（追加0件、更新0件、変更なし2件）。"));
		assertThat(audits()).isEqualTo(audits);
		assertThat(this.jdbc.sql("select max(version) from vehicle where operator_id = :o")
			.param("o", this.operator)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void changedAndNewRowsAreUpsertedByPlateAndLeftOutColumnsKeepTheirValues() throws Exception {
		this.mvc.perform(upload(staffImport(), HEADER + HIACE, "staff")).andExpect(status().is3xxRedirection());
		long revisionBefore = lastRevision();
		String file = "乗車定員,自動車登録番号,車種,車検の満了日\r\n6,松本500あ1234,兼用車,2031/3/31\r\n2,長野300さ1,回転シート車,R12.1.31\r\n";
		this.mvc.perform(upload("/operator-portal/vehicles/import", file, "operator"))
			.andExpect(redirectedUrl("/operator-portal/vehicles"))
			.andExpect(flash().attribute("flashMessageText", "CSVを取り込みました（追加1件、更新1件、変更なし0件）。"));
		assertThat(vehicle("松本500あ1234")).containsEntry("seats", 6)
			.containsEntry("vehicle_type", "COMBINED")
			.containsEntry("inspection_expires_on", java.sql.Date.valueOf("2031-03-31"))
			.containsEntry("model", "トヨタ ハイエース")
			.containsEntry("office_id", this.officeId)
			.containsEntry("cover_per_person", -1L)
			.containsEntry("version", 1L);
		assertThat(vehicle("長野300さ1")).containsEntry("seats", 2)
			.containsEntry("ownership", "OWNED")
			.containsEntry("model", null);
		assertThat(this.jdbc.sql("select count(*) from vehicle_aud where rev > :r")
			.param("r", revisionBefore)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(distinct rev) from vehicle_aud where rev > :r")
			.param("r", revisionBefore)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void oneBadRowChangesNothingAndEveryProblemIsNamedWithItsRowAndColumn() throws Exception {
		this.mvc.perform(upload(staffImport(), HEADER + HIACE, "staff")).andExpect(status().is3xxRedirection());
		StringBuilder file = new StringBuilder(HEADER).append(HIACE.replace(",4,", ",8,"));
		for (int i = 1; i <= 8; i++) {
			file.append("長野300さ")
				.append(i)
				.append(",車いす車,,")
				.append((i == 6) ? "0" : "4")
				.append(",,,,所有,2030-03-31,,,,,,\r\n");
		}
		file.append("長野300さ1,トラック,たぶん,11,,1900,本店,借用,2030-02-30,,2026-04-01,,無制限,八千万,無制限\r\n");
		this.mvc.perform(upload(staffImport(), file.toString(), "staff"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("何も登録していません"), containsString("<td>8行目</td>"),
					containsString("乗車定員は1以上にしてください。"), containsString("11行目"),
					containsString("車種「トラック」は次のどれかで入力してください：寝台車、車いす車、兼用車、回転シート車、セダン等、バス、普通自動車"),
					containsString("軽自動車「たぶん」は「○」（該当する）か空欄（該当しない）で入力してください。"), containsString("初度登録年は1,950以上にしてください。"),
					containsString("事務所「本店」はこの運送主体の事務所として登録されていません。"), containsString("所有の別「借用」は次のどれかで入力してください：所有、持込み"),
					containsString("車検の満了日「2030-02-30」を日付として読めません。"), containsString("保険期間の開始日と終了日を両方入力してください。"),
					containsString("対物賠償「八千万」は数字で入力してください。"), containsString("搭乗者傷害に「無制限」は指定できません。"),
					containsString("自動車登録番号「長野300さ1」は3行目と同じです。"), not(containsString("<td>2行目</td>")),
					not(containsString("??")))));
		assertThat(vehicles()).isEqualTo(1);
		assertThat(vehicle("松本500あ1234")).containsEntry("seats", 4).containsEntry("version", 0L);
	}

	@Test
	void aVehicleWithoutInsuranceAmountsIsSavedFromTheFormAsFromAFile() throws Exception {
		this.mvc
			.perform(post("/operators/{id}/vehicles/new", this.operator).param("plateNumber", "長野300さ9")
				.param("vehicleType", "WHEELCHAIR")
				.param("seats", "4")
				.param("ownership", "OWNED")
				.param("inspectionExpiresOn", "2030-03-31")
				.with(user(principal("staff")))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operator + "/vehicles"));
		assertThat(vehicle("長野300さ9")).containsEntry("cover_per_person", null).containsEntry("cover_property", null);
	}

	@Test
	void excelsShiftJisAndUtf8WithBomAreImported() throws Exception {
		byte[] sjis = (HEADER + WAGON_R).getBytes(Charset.forName("windows-31j"));
		this.mvc
			.perform(multipart(staffImport()).file(new MockMultipartFile("file", "車両.csv", "text/csv", sjis))
				.with(user(principal("staff")))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operator + "/vehicles"));
		assertThat(vehicle("松本580な5678")).containsEntry("model", "スズキ ワゴンR").containsEntry("insurer", "あいおいニッセイ同和損保");
		byte[] utf8 = (HEADER + HIACE).getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[utf8.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, bom, 3, utf8.length);
		this.mvc
			.perform(multipart(staffImport()).file(new MockMultipartFile("file", "vehicles.csv", "text/csv", bom))
				.with(user(principal("staff")))
				.with(csrf()))
			.andExpect(redirectedUrl("/operators/" + this.operator + "/vehicles"));
		assertThat(vehicle("松本500あ1234")).containsEntry("model", "トヨタ ハイエース");
	}

	@Test
	void filesThatAreNotCsvTextAreRefused() throws Exception {
		this.mvc
			.perform(multipart(staffImport())
				.file(new MockMultipartFile("file", "vehicles.csv", "text/csv", new byte[] { 'P', 'K', 3, 4, 0, 0 }))
				.with(user(principal("staff")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ファイル全体"), containsString("テキスト形式のCSVファイルではありません。"))));
		this.mvc
			.perform(multipart(staffImport())
				.file(new MockMultipartFile("file", "vehicles.xlsx", "application/octet-stream", HIACE.getBytes()))
				.with(user(principal("staff")))
				.with(csrf()))
			.andExpect(content().string(containsString("CSVファイル（.csv）を選んでください。")));
		this.mvc.perform(upload(staffImport(), "自動車登録番号,車種,定員\r\n" + HIACE, "staff"))
			.andExpect(content().string(allOf(containsString("1行目の見出し「定員」は取り込めない列名です。"))));
		this.mvc.perform(upload(staffImport(), "自動車登録番号,車種\r\n" + HIACE, "staff"))
			.andExpect(content().string(containsString("1行目の見出しに「乗車定員、車検の満了日」の列がありません。")));
		assertThat(vehicles()).isZero();
	}

	@Test
	void theListAndTheImportPageOfferTheCsv() throws Exception {
		this.mvc.perform(get("/operators/{id}/vehicles", this.operator).with(user(principal("staff"))))
			.andExpect(content().string(allOf(containsString("/operators/" + this.operator + "/vehicles/export"),
					containsString("/operators/" + this.operator + "/vehicles/import"), containsString("CSV出力"))));
		this.mvc.perform(get("/operator-portal/vehicles/import").with(user(principal("operator"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("車両のCSV取込"), containsString("搭乗者傷害"),
					containsString("1事故あたりの金額（円）または「無制限」"), containsString("松本500あ1234,車いす車"),
					containsString("action=\"/operator-portal/vehicles/import\""), not(containsString("/operators/")),
					not(containsString("??")))));
	}

	@Test
	void othersAreRefusedTheExportAndTheImportAndNothingChanges() throws Exception {
		this.mvc.perform(upload(staffImport(), HEADER + HIACE, "staff")).andExpect(status().is3xxRedirection());
		String changed = HEADER + HIACE.replace(",4,", ",2,");
		AccountPrincipal tanto = this.data.principal("tanto");
		this.mvc.perform(get("/operators/{id}/vehicles/export", this.operator).with(user(tanto)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(staffImport()).with(user(tanto))).andExpect(status().isForbidden());
		this.mvc.perform(upload(staffImport(), changed, "tanto")).andExpect(status().isForbidden());
		this.mvc.perform(get("/operator-portal/vehicles/export").with(user(tanto)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("松本500あ1234"))));
		this.mvc
			.perform(get("/operators/{id}/vehicles/export", this.operator).with(user(this.data.principal("staff2"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(staffImport()).with(user(this.data.principal("staff2")))).andExpect(status().isNotFound());
		this.mvc.perform(upload(staffImport(), changed, "staff2")).andExpect(status().isNotFound());
		this.mvc.perform(get("/operator-portal/vehicles/export").with(user(principal("staff"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart(staffImport())
				.file(new MockMultipartFile("file", "v.csv", "text/csv", changed.getBytes(StandardCharsets.UTF_8)))
				.with(user(principal("staff"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/operators/{id}/vehicles/export", this.operator)).andExpect(status().is3xxRedirection());
		assertThat(vehicle("松本500あ1234")).containsEntry("seats", 4).containsEntry("version", 0L);
		assertThat(vehicles()).isEqualTo(1);
	}

	private long vehicles() {
		return this.data.count("vehicle", this.operator);
	}

	private String staffImport() {
		return "/operators/" + this.operator + "/vehicles/import";
	}

	private MockMultipartHttpServletRequestBuilder upload(String url, String csv, String username) {
		return multipart(url)
			.file(new MockMultipartFile("file", "vehicles.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(principal(username)))
			.with(csrf());
	}

	/**
	 * The user a test names: staff of the test's municipality, the test operator's own
	 * user, or a demo user (tanto, staff2, …).
	 */
	private AccountPrincipal principal(String username) {
		return switch (username) {
			case "staff" -> this.tenant.staff();
			case "operator" -> Registries.operatorUser(this.operator);
			default -> this.data.principal(username);
		};
	}

	private Map<String, Object> vehicle(String plate) {
		List<Map<String, Object>> rows = this.jdbc
			.sql("select * from vehicle where operator_id = :o and plate_number = :p")
			.param("o", this.operator)
			.param("p", plate)
			.query()
			.listOfRows();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private long audits() {
		return this.jdbc.sql("select count(*) from vehicle_aud where operator_id = :o")
			.param("o", this.operator)
			.query(Long.class)
			.single();
	}

	private long lastRevision() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_revision").query(Long.class).single();
	}

}
