package jp.kyogikai.driver;

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
import org.junit.jupiter.api.AfterEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DriverCsvIntegrationTests {

	static final String HEADER = "氏名,ふりがな,生年月日,住所,免許証番号,免許の種類,免許の有効期限,福祉有償運送運転者講習の修了日,セダン等運転者講習の修了日,交通空白地有償運送運転者講習の修了日,介護福祉士,選任日,退任日,適性診断の受診日,事故・違反の記録\r\n";

	static final String TARO = "松本 太郎,まつもと たろう,1960-05-05,松本市丸の内3-7,123456789012,第二種運転免許,2031-03-31,,,,,2026-04-01,,2025-06-10,\r\n";

	static final String HANAKO = "佐久 花子,さく はなこ,S30.7.7,佐久市中込3056,987654321098,第一種,令和10年8月7日,令和6年3月10日,,,○,令和6年4月1日,,,\"令和5年2月 駐車違反\r\n令和6年1月 物損事故\"\r\n";

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

	/** An operator of the test's own, with an empty 運転者等台帳 (のんびり has drivers). */
	long operator;

	/** Another operator of the test's municipality, for what an operator may not do. */
	long other;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
		this.operator = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 CSVテスト");
		this.other = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 別のCSVテスト");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from driver where operator_id in (:o, :other)")
			.param("o", this.operator)
			.param("other", this.other)
			.update();
	}

	@Test
	void newRowsAreAddedInOneRevisionAndExportedWithEveryColumn() throws Exception {
		long revisionBefore = lastRevision();
		this.mvc.perform(upload(staffImport(), HEADER + TARO + HANAKO, "staff"))
			.andExpect(redirectedUrl("/operators/" + this.operator + "/drivers"))
			.andExpect(flash().attribute("flashMessageText", "CSVを取り込みました（追加2件、更新0件、変更なし0件）。"));
		assertThat(driver("佐久 花子")).containsEntry("birth_date", java.sql.Date.valueOf("1955-07-07"))
			.containsEntry("licence_class", "CLASS_1")
			.containsEntry("licence_expires_on", java.sql.Date.valueOf("2028-08-07"))
			.containsEntry("welfare_course_on", java.sql.Date.valueOf("2024-03-10"))
			.containsEntry("care_worker", true)
			.containsEntry("notes", "令和5年2月 駐車違反\r\n令和6年1月 物損事故");
		assertThat(this.jdbc.sql("select count(distinct rev) from driver_aud where rev > :r")
			.param("r", revisionBefore)
			.query(Long.class)
			.single()).isEqualTo(1);
		byte[] exported = this.mvc
			.perform(get("/operators/{id}/drivers/export", this.operator).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''" + URLEncoder.encode("drivers-CSVテスト-", StandardCharsets.UTF_8)
							+ LocalDate.now(Kyogikai.ZONE) + ".csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(exported, 3, exported.length - 3, StandardCharsets.UTF_8)).isEqualTo(HEADER
				+ "佐久 花子,さく はなこ,1955-07-07,佐久市中込3056,987654321098,第一種運転免許,2028-08-07,2024-03-10,,,○,2024-04-01,,,\"令和5年2月 駐車違反\r\n令和6年1月 物損事故\"\r\n"
				+ TARO);
	}

	@Test
	void exportingAndImportingAgainChangesNothing() throws Exception {
		this.mvc.perform(upload(staffImport(), HEADER + TARO + HANAKO, "staff")).andExpect(status().is3xxRedirection());
		long audits = this.jdbc.sql("select count(*) from driver_aud").query(Long.class).single();
		byte[] exported = this.mvc
			.perform(get("/operator-portal/drivers/export").with(user(Registries.operatorUser(this.operator))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		this.mvc
			.perform(multipart("/operator-portal/drivers/import")
				.file(new MockMultipartFile("file", "drivers.csv", "text/csv", exported))
				.with(user(Registries.operatorUser(this.operator)))
				.with(csrf()))
			.andExpect(redirectedUrl("/operator-portal/drivers"))
			.andExpect(flash().attribute("flashMessageText", "CSVを取り込みました（追加0件、更新0件、変更なし2件）。"));
		assertThat(this.jdbc.sql("select count(*) from driver_aud").query(Long.class).single()).isEqualTo(audits);
		assertThat(this.jdbc.sql("select max(version) from driver where operator_id = :o")
			.param("o", this.operator)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void rowsAreMatchedByNameAndBirthDateOrByNameAndFuriganaAndLeftOutColumnsKeepTheirValues() throws Exception {
		this.mvc
			.perform(upload(staffImport(), HEADER + TARO + "松本 次郎,まつもと じろう,,,,第二種運転免許,2030-01-31,,,,,2026-04-01,,,\r\n",
					"staff"))
			.andExpect(status().is3xxRedirection());
		String file = "氏名,ふりがな,生年月日,免許の種類,免許の有効期限,選任日,福祉有償運送運転者講習の修了日\r\n"
				+ "松本太郎,まつもと たろう,1960/5/5,第一種,2031-03-31,2026-04-01,2026-03-01\r\n"
				+ "松本 太郎,まつもと たろう,1970-01-01,二種,2032-03-31,2026-05-01,\r\n"
				+ "松本　次郎,まつもとじろう,昭和40年3月3日,第二種運転免許,2030-01-31,2026-04-01,\r\n";
		this.mvc.perform(upload(staffImport(), file, "staff"))
			.andExpect(flash().attribute("flashMessageText", "CSVを取り込みました（追加1件、更新2件、変更なし0件）。"));
		List<Map<String, Object>> taros = this.jdbc
			.sql("select * from driver where operator_id = :o and furigana = 'まつもと たろう' order by birth_date")
			.param("o", this.operator)
			.query()
			.listOfRows();
		assertThat(taros).hasSize(2);
		assertThat(taros.get(0)).containsEntry("name", "松本太郎")
			.containsEntry("licence_class", "CLASS_1")
			.containsEntry("welfare_course_on", java.sql.Date.valueOf("2026-03-01"))
			.containsEntry("address", "松本市丸の内3-7")
			.containsEntry("licence_number", "123456789012")
			.containsEntry("last_aptitude_check_on", java.sql.Date.valueOf("2025-06-10"));
		assertThat(taros.get(1)).containsEntry("birth_date", java.sql.Date.valueOf("1970-01-01"))
			.containsEntry("address", null);
		assertThat(driver("松本　次郎")).containsEntry("birth_date", java.sql.Date.valueOf("1965-03-03"))
			.containsEntry("furigana", "まつもとじろう");
	}

	@Test
	void oneBadRowChangesNothingAndNamesTheRow() throws Exception {
		// 佐久 花子's notes hold a line break: her row is still Excel's row 3.
		this.mvc.perform(upload(staffImport(), HEADER + TARO, "staff")).andExpect(status().is3xxRedirection());
		String file = HEADER + TARO.replace("第二種運転免許", "第一種運転免許") + HANAKO
				+ "松本 太郎,まつもと たろう,,,,第二種運転免許,2031-03-31,,,,,2026-04-01,,,\r\n"
				+ "上田 三郎,うえだ さぶろう,1970-01-01,,,大型,2031-03-31,,,,,2026-04-01,2026-03-31,,\r\n"
				+ ",,,,,第二種運転免許,2031-03-31,,,,,2026-04-01,,,\r\n" + TARO;
		this.mvc.perform(upload(staffImport(), file, "staff"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("何も登録していません"), containsString("<td>4行目</td>"),
					containsString("生年月日が空欄ですが、同じ氏名・ふりがなで生年月日の登録された運転者がいます。"), containsString("<td>5行目</td>"),
					containsString("免許の種類「大型」は次のどれかで入力してください：第一種運転免許、第二種運転免許"), containsString("退任日は選任日以降の日付にしてください。"),
					containsString("<td>6行目</td>"), containsString("氏名を入力してください。"), containsString("<td>7行目</td>"),
					containsString("この行は2行目と同じ運転者です。"), not(containsString("<td>3行目</td>")),
					not(containsString("<td>2行目</td>")), not(containsString("??")))));
		assertThat(this.data.count("driver", this.operator)).isEqualTo(1);
		assertThat(driver("松本 太郎")).containsEntry("licence_class", "CLASS_2").containsEntry("version", 0L);
	}

	@Test
	void excelsShiftJisFileIsImported() throws Exception {
		this.mvc.perform(multipart(staffImport())
			.file(new MockMultipartFile("file", "運転者.csv", "text/csv",
					(HEADER + HANAKO).getBytes(Charset.forName("windows-31j"))))
			.with(user(this.tenant.staff()))
			.with(csrf())).andExpect(redirectedUrl("/operators/" + this.operator + "/drivers"));
		assertThat(driver("佐久 花子")).containsEntry("address", "佐久市中込3056").containsEntry("furigana", "さく はなこ");
	}

	@Test
	void theImportPageListsTheColumnsAndHowRowsAreMatched() throws Exception {
		this.mvc.perform(get("/operators/{id}/drivers", this.operator).with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("/operators/" + this.operator + "/drivers/export"),
					containsString("/operators/" + this.operator + "/drivers/import"))));
		this.mvc.perform(get(staffImport()).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("運転者のCSV取込"), containsString("氏名と生年月日で判定"),
					containsString("交通空白地有償運送運転者講習の修了日"), containsString("佐久 花子,さく はなこ"),
					not(containsString("免許停止の開始日")), not(containsString("??")))));
	}

	@Test
	void othersAreRefusedTheExportAndTheImportAndNothingChanges() throws Exception {
		this.mvc.perform(upload(staffImport(), HEADER + TARO, "staff")).andExpect(status().is3xxRedirection());
		String changed = HEADER + TARO.replace("松本市丸の内3-7", "乗っ取り");
		AccountPrincipal other = principal("other");
		long otherDrivers = this.data.count("driver", other.operatorId());
		this.mvc.perform(get("/operators/{id}/drivers/export", this.operator).with(user(other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(staffImport()).with(user(other))).andExpect(status().isForbidden());
		this.mvc.perform(upload(staffImport(), changed, "other")).andExpect(status().isForbidden());
		this.mvc.perform(get("/operator-portal/drivers/export").with(user(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("123456789012"))));
		this.mvc.perform(upload("/operator-portal/drivers/import", changed, "other"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/operators/{id}/drivers/export", this.operator).with(user(this.data.principal("staff2"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(staffImport()).with(user(this.data.principal("staff2")))).andExpect(status().isNotFound());
		this.mvc.perform(upload(staffImport(), changed, "staff2")).andExpect(status().isNotFound());
		this.mvc.perform(get("/operator-portal/drivers/export").with(user(this.tenant.staff())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/operators/{id}/drivers/export", this.operator).with(user(this.data.principal("member"))))
			.andExpect(status().isForbidden());
		assertThat(driver("松本 太郎")).containsEntry("address", "松本市丸の内3-7").containsEntry("version", 0L);
		// the other operator imported into its own register only
		assertThat(this.data.count("driver", other.operatorId())).isEqualTo(otherDrivers + 1);
		assertThat(this.jdbc.sql("select count(*) from driver where operator_id = :o")
			.param("o", this.operator)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private String staffImport() {
		return "/operators/" + this.operator + "/drivers/import";
	}

	private MockMultipartHttpServletRequestBuilder upload(String url, String csv, String username) {
		return multipart(url)
			.file(new MockMultipartFile("file", "drivers.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(principal(username)))
			.with(csrf());
	}

	/**
	 * The user a test names: staff of the test's municipality, the test operator's own
	 * user, the other operator's, or a demo user (staff2, member, …).
	 */
	private AccountPrincipal principal(String username) {
		return switch (username) {
			case "staff" -> this.tenant.staff();
			case "operator" -> Registries.operatorUser(this.operator);
			case "other" -> Registries.operatorUser(this.other);
			default -> this.data.principal(username);
		};
	}

	private Map<String, Object> driver(String name) {
		List<Map<String, Object>> rows = this.jdbc.sql("select * from driver where operator_id = :o and name = :n")
			.param("o", this.operator)
			.param("n", name)
			.query()
			.listOfRows();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private long lastRevision() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_revision").query(Long.class).single();
	}

}
