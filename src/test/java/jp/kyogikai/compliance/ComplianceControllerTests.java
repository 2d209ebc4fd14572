package jp.kyogikai.compliance;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ComplianceControllerTests {

	static final String LOW_COVER = "対人賠償（50,000,000円）が基準（1人につき80,000,000円以上）に足りません。";

	static final String NO_COURSE = "第一種運転免許のため福祉有償運送運転者講習の修了が必要ですが、修了していません。";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from driver").update();
		this.jdbc.sql("delete from vehicle").update();
		this.jdbc.sql("delete from operation_manager").update();
		this.jdbc.sql("delete from office where name = '特定テスト事務所'").update();
	}

	@Test
	void aSpecificOfficeNeedsEnoughQualifiedOperationManagers() throws Exception {
		long nonbiri = this.jdbc.sql("select id from operator where name = '特定非営利活動法人 のんびり'")
			.query(Long.class)
			.single();
		AccountPrincipal staff = principal("staff");
		ComplianceReport before = this.service.check(nonbiri, staff);
		assertThat(before.sections().get(3).title()).isEqualTo("運行管理");
		assertThat(before.sections().get(3).rows()).extracting(ComplianceReport.Row::item, ComplianceReport.Row::status)
			.contains(org.assertj.core.groups.Tuple.tuple("運行管理の責任者", ComplianceReport.Status.NG));
		this.mvc
			.perform(post("/operators/{id}/offices", nonbiri).param("name", "特定テスト事務所").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long officeId = this.jdbc.sql("select id from office where name = '特定テスト事務所'").query(Long.class).single();
		for (int i = 1; i <= 5; i++) {
			this.mvc
				.perform(vehicle(nonbiri, staff, "plateNumber", "佐久500と" + i, "officeId", String.valueOf(officeId),
						"seats", "10"))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(post("/operators/{id}/managers", nonbiri).param("name", "無資格 一郎")
				.param("role", "OPERATION")
				.param("officeId", String.valueOf(officeId))
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		ComplianceReport.Row row = specificOfficeRow(nonbiri, staff);
		assertThat(row.status()).isEqualTo(ComplianceReport.Status.NG);
		assertThat(row.reasons()).contains("車両5台の特定事務所には運行管理の責任者が1人以上（運行管理者資格者証を有する者であれば1人以上）必要です（現在0人）。",
				"要件を満たさない運行管理の責任者が1人います。特定事務所の運行管理の責任者は全員が要件を満たす必要があります。");
		this.mvc.perform(get("/operators/{id}/compliance", nonbiri).with(user(staff)))
			.andExpect(content().string(allOf(containsString("特定事務所（特定テスト事務所）"),
					containsString("車両5台の特定事務所には運行管理の責任者が1人以上"), not(containsString("??")))));
		this.jdbc.sql("delete from operation_manager").update();
		this.mvc
			.perform(post("/operators/{id}/managers", nonbiri).param("name", "資格 花子")
				.param("role", "OPERATION")
				.param("officeId", String.valueOf(officeId))
				.param("qualified", "true")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		row = specificOfficeRow(nonbiri, staff);
		assertThat(row.status()).isEqualTo(ComplianceReport.Status.OK);
		assertThat(this.service.check(nonbiri, staff).sections().get(3).rows())
			.extracting(ComplianceReport.Row::item, ComplianceReport.Row::status)
			.contains(org.assertj.core.groups.Tuple.tuple("運行管理の責任者", ComplianceReport.Status.OK));
	}

	private ComplianceReport.Row specificOfficeRow(long operatorId, AccountPrincipal staff) {
		return this.service.check(operatorId, staff)
			.sections()
			.get(3)
			.rows()
			.stream()
			.filter((row) -> row.item().equals("特定事務所（特定テスト事務所）"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void thePageShowsEachCheckWithItsReason() throws Exception {
		long nonbiri = setUpNonbiri();
		AccountPrincipal staff = principal("staff");
		this.mvc.perform(get("/operators/{id}", nonbiri).with(user(staff)))
			.andExpect(content().string(containsString("/operators/" + nonbiri + "/compliance")));
		this.mvc.perform(get("/operators/{id}/compliance", nonbiri).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("特定非営利活動法人 のんびり 要件確認表"), containsString("佐久市"),
					containsString("登録"), containsString("自動車"), containsString("運転者"), containsString("松本500あ1"),
					containsString("松本500あ2"), containsString(LOW_COVER), containsString("松本 太郎"),
					containsString(NO_COURSE), containsString("佐久 花子"), containsString("要件を満たす"),
					containsString("badge--alert"), containsString("badge--ok"), containsString("要確認 "),
					containsString("/operators/" + nonbiri + "/compliance.pdf"), not(containsString("??")))));
	}

	@Test
	void theReportCountsAndJudgesTheRows() throws Exception {
		long nonbiri = setUpNonbiri();
		ComplianceReport report = this.service.check(nonbiri, principal("staff"));
		assertThat(report.sections()).extracting(ComplianceReport.Section::title)
			.containsExactly("登録", "自動車", "運転者", "運行管理", "事故・苦情・行政処分");
		assertThat(report.sections().get(1).rows()).extracting(ComplianceReport.Row::item, ComplianceReport.Row::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("松本500あ1", ComplianceReport.Status.OK),
					org.assertj.core.groups.Tuple.tuple("松本500あ2", ComplianceReport.Status.NG));
		assertThat(report.sections().get(2).rows()).extracting(ComplianceReport.Row::status)
			.containsExactlyInAnyOrder(ComplianceReport.Status.OK, ComplianceReport.Status.NG);
		assertThat(report.reviewCount()).isGreaterThanOrEqualTo(2);
		assertThat(report.okCount() + report.reviewCount()).isEqualTo(9);
		assertThat(report.sections().get(4).rows())
			.extracting(ComplianceReport.Row::item, ComplianceReport.Row::status, (row) -> row.reasons().get(0))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("事故（現在の登録期間）", ComplianceReport.Status.OK, "事故1件（重大事故なし）"),
					org.assertj.core.groups.Tuple.tuple("行政処分（現在の登録期間）", ComplianceReport.Status.OK, "記録なし"),
					org.assertj.core.groups.Tuple.tuple("苦情", ComplianceReport.Status.OK, "未解決の苦情なし（記録1件）"));
	}

	@Autowired
	ComplianceService service;

	@Test
	void thePdfHasTheTitleTheRowsAndTheReasons() throws Exception {
		long nonbiri = setUpNonbiri();
		byte[] pdf = this.mvc.perform(get("/operators/{id}/compliance.pdf", nonbiri).with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("特定非営利活動法人のんびり要件確認表", "佐久市", "令和", "項目", "判定", "内容", "登録", "自動車", "運転者",
					"松本500あ1", "松本500あ2", "不適合", LOW_COVER, "松本太郎", NO_COURSE.replaceAll("\\s+", ""), "佐久花子", "要件を満たす",
					"適合");
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
			Path previews = Files.createDirectories(Path.of("target", "pdf-previews"));
			ImageIO.write(image, "png", new File(previews.toFile(), "compliance.png"));
			assertThat(image.getWidth()).isBetween(820, 830);
		}
	}

	@Test
	void anotherMunicipalitysStaffGet404AndOperatorsGet403() throws Exception {
		long nonbiri = setUpNonbiri();
		for (String url : new String[] { "/operators/" + nonbiri + "/compliance",
				"/operators/" + nonbiri + "/compliance.pdf" }) {
			this.mvc.perform(get(url).with(user(principal("staff2")))).andExpect(status().isNotFound());
			this.mvc.perform(get(url).with(user(principal("nonbiri")))).andExpect(status().isForbidden());
			this.mvc.perform(get(url).with(user(principal("tanto")))).andExpect(status().isForbidden());
		}
	}

	private long setUpNonbiri() throws Exception {
		long nonbiri = this.jdbc.sql("select id from operator where name = '特定非営利活動法人 のんびり'")
			.query(Long.class)
			.single();
		AccountPrincipal staff = principal("staff");
		this.mvc.perform(vehicle(nonbiri, staff, "plateNumber", "松本500あ1")).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(vehicle(nonbiri, staff, "plateNumber", "松本500あ2", "coverPerPerson", "50000000",
					"perPersonUnlimited", "false"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(driver(nonbiri, staff)).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(driver(nonbiri, staff, "name", "松本 太郎", "furigana", "まつもと たろう", "licenceNumber", "123456789013",
					"licenceClass", "CLASS_1", "welfareCourseOn", ""))
			.andExpect(status().is3xxRedirection());
		return nonbiri;
	}

	private MockHttpServletRequestBuilder vehicle(long operatorId, AccountPrincipal staff, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("vehicleType", "WHEELCHAIR");
		fields.put("seats", "4");
		fields.put("model", "トヨタ ハイエース");
		fields.put("firstRegisteredYear", "2020");
		fields.put("ownership", "OWNED");
		fields.put("inspectionExpiresOn", "2030-03-31");
		fields.put("insurer", "全労済");
		fields.put("policyFrom", "2026-04-01");
		fields.put("policyTo", "2029-03-31");
		fields.put("perPersonUnlimited", "true");
		fields.put("propertyUnlimited", "true");
		fields.put("coverPassenger", "10000000");
		fields.put("version", "0");
		return form(post("/operators/{id}/vehicles/new", operatorId), staff, fields, overrides);
	}

	private MockHttpServletRequestBuilder driver(long operatorId, AccountPrincipal staff, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "佐久 花子");
		fields.put("furigana", "さく はなこ");
		fields.put("birthDate", "1960-05-05");
		fields.put("address", "佐久市中込1-1");
		fields.put("licenceNumber", "123456789012");
		fields.put("licenceClass", "CLASS_2");
		fields.put("licenceExpiresOn", "2031-03-31");
		fields.put("appointedOn", "2026-04-01");
		fields.put("careWorker", "false");
		fields.put("version", "0");
		return form(post("/operators/{id}/drivers/new", operatorId), staff, fields, overrides);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			Map<String, String> fields, String... overrides) {
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(user(principal)).with(csrf());
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

}
