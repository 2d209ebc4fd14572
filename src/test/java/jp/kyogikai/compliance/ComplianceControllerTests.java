package jp.kyogikai.compliance;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.compliance.ComplianceReport.Row;
import jp.kyogikai.compliance.ComplianceReport.Section;
import jp.kyogikai.compliance.ComplianceReport.Status;
import jp.kyogikai.incident.AccidentForm;
import jp.kyogikai.incident.ComplaintForm;
import jp.kyogikai.incident.IncidentSetupService;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestData;
import jp.kyogikai.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	static final String OPERATOR = "特定非営利活動法人 要件テスト";

	static final String LOW_COVER = "対人賠償（50,000,000円）が基準（1人につき80,000,000円以上）に足りません。";

	static final String NO_COURSE = "第一種運転免許のため福祉有償運送運転者講習の修了が必要ですが、修了していません。";

	static final String PASSENGER_BELOW_COUNCIL = "搭乗者傷害（10,000,000円）が基準（20,000,000円以上）に足りません。";

	static final String PER_PERSON_NOT_UNLIMITED = "対人賠償（100,000,000円）が基準（1人につき無制限）に足りません。";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Autowired
	TestTenants tenants;

	@Autowired
	OperatorRepository operators;

	@Autowired
	IncidentSetupService incidents;

	/** The test's municipality, with its staff. */
	TestTenants.Tenant tenant;

	/**
	 * An operator of the test's own, with empty registries and no registration number
	 * (のんびり's demo record is complete).
	 */
	long operator;

	@BeforeEach
	void createOperator() {
		this.tenant = this.tenants.create();
		this.operator = Registries.operator(this.operators, this.tenant, OPERATOR);
		this.jdbc.sql("update operator set registration_number = null where id = :id")
			.param("id", this.operator)
			.update();
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from council_municipality where municipality_id = :m and council_id <> :c")
			.param("m", this.tenant.municipality().getId())
			.param("c", this.tenant.councilId())
			.update();
		for (String table : List.of("driver", "vehicle", "operation_manager", "office", "accident", "complaint")) {
			this.jdbc.sql("delete from " + table + " where operator_id = :o").param("o", this.operator).update();
		}
	}

	@Test
	void aSpecificOfficeNeedsEnoughQualifiedOperationManagers() throws Exception {
		long operatorId = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		ComplianceReport before = this.service.check(operatorId, staff);
		assertThat(text(before.sections().get(3).title())).isEqualTo("運行管理・整備管理");
		assertThat(rows(before.sections().get(3))).contains(Tuple.tuple("運行管理の責任者", Status.NG));
		this.mvc.perform(
				post("/operators/{id}/offices", operatorId).param("name", "特定テスト事務所").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long officeId = this.data.id("office", operatorId, "name", "特定テスト事務所");
		for (int i = 1; i <= 5; i++) {
			this.mvc
				.perform(vehicle(operatorId, staff, "plateNumber", "佐久500と" + i, "officeId", String.valueOf(officeId),
						"seats", "10"))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(post("/operators/{id}/managers", operatorId).param("name", "無資格 一郎")
				.param("role", "OPERATION")
				.param("officeId", String.valueOf(officeId))
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Row row = specificOfficeRow(operatorId, staff);
		assertThat(row.status()).isEqualTo(Status.NG);
		assertThat(texts(row.reasons())).contains("車両5台の特定事務所には運行管理の責任者が1人以上（運行管理者資格者証を有する者であれば1人以上）必要です（現在0人）。",
				"要件を満たさない運行管理の責任者が1人います。特定事務所の運行管理の責任者は全員が要件を満たす必要があります。");
		this.mvc.perform(get("/operators/{id}/compliance", operatorId).with(user(staff)))
			.andExpect(content().string(allOf(containsString("特定事務所（特定テスト事務所）"),
					containsString("車両5台の特定事務所には運行管理の責任者が1人以上"), not(containsString("??")))));
		this.jdbc.sql("delete from operation_manager where operator_id = :o").param("o", operatorId).update();
		this.mvc
			.perform(post("/operators/{id}/managers", operatorId).param("name", "資格 花子")
				.param("role", "OPERATION")
				.param("officeId", String.valueOf(officeId))
				.param("qualified", "true")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		row = specificOfficeRow(operatorId, staff);
		assertThat(row.status()).isEqualTo(Status.OK);
		assertThat(texts(row.reasons())).containsExactly("適合（車両5台、要件を満たす運行管理の責任者1人）");
		assertThat(rows(this.service.check(operatorId, staff).sections().get(3)))
			.contains(Tuple.tuple("運行管理の責任者", Status.OK));
	}

	private Row specificOfficeRow(long operatorId, AccountPrincipal staff) {
		return this.service.check(operatorId, staff)
			.sections()
			.get(3)
			.rows()
			.stream()
			.filter((row) -> text(row.item()).equals("特定事務所（特定テスト事務所）"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anOperatorWithoutAMaintenanceManagerDoesNotComply() throws Exception {
		long operatorId = setUpOperator();
		AccountPrincipal staff = this.tenant.staff();
		this.mvc
			.perform(post("/operators/{id}/managers", operatorId).param("name", "運行 一郎")
				.param("role", "OPERATION")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Row maintenance = managementRow(operatorId, staff, "整備管理の責任者");
		assertThat(maintenance.status()).isEqualTo(Status.NG);
		assertThat(texts(maintenance.reasons())).containsExactly("整備管理の責任者が選任されていません。");
		assertThat(managementRow(operatorId, staff, "運行管理の責任者").status()).isEqualTo(Status.OK);
		this.mvc.perform(get("/operators/{id}/compliance", operatorId).with(user(staff)))
			.andExpect(content().string(allOf(containsString("運行管理・整備管理"), containsString("整備管理の責任者が選任されていません。"),
					containsString("選任済み（1人）"), not(containsString("??")))));
		assertThat(pdfText(operatorId, staff)).contains("運行管理・整備管理", "整備管理の責任者が選任されていません。");
		this.mvc
			.perform(post("/operators/{id}/managers", operatorId).param("name", "整備 花子")
				.param("role", "MAINTENANCE")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		maintenance = managementRow(operatorId, staff, "整備管理の責任者");
		assertThat(maintenance.status()).isEqualTo(Status.OK);
		assertThat(texts(maintenance.reasons())).containsExactly("選任済み（1人）");
		assertThat(pdfText(operatorId, staff)).doesNotContain("整備管理の責任者が選任されていません。");
	}

	@Test
	void aVehicleMeetingTheStatuteButNotTheCouncilsStricterMinimumIsAFinding() throws Exception {
		long operatorId = setUpOperator();
		AccountPrincipal staff = this.tenant.staff();
		assertThat(vehicleRow(operatorId, staff, "松本500あ1").status()).isEqualTo(Status.OK);
		TestTenants.Tenant joint = this.tenants.create();
		this.jdbc.sql("insert into council_municipality (council_id, municipality_id) values (:council, :municipality)")
			.param("council", joint.councilId())
			.param("municipality", this.tenant.municipality().getId())
			.update();
		this.jdbc
			.sql("update charter set insurance_min_per_person = -1, insurance_min_passenger = 20000000"
					+ " where council_id = :council")
			.param("council", joint.councilId())
			.update();
		this.mvc
			.perform(vehicle(operatorId, staff, "plateNumber", "松本500あ3", "perPersonUnlimited", "false",
					"coverPerPerson", "100000000", "coverPassenger", "20000000"))
			.andExpect(status().is3xxRedirection());
		Row row = vehicleRow(operatorId, staff, "松本500あ1");
		assertThat(row.status()).isEqualTo(Status.NG);
		assertThat(texts(row.reasons())).containsExactly(PASSENGER_BELOW_COUNCIL);
		Row strict = vehicleRow(operatorId, staff, "松本500あ3");
		assertThat(texts(strict.reasons())).containsExactly(PER_PERSON_NOT_UNLIMITED);
		this.mvc.perform(get("/operators/{id}/compliance", operatorId).with(user(staff)))
			.andExpect(content().string(allOf(containsString(PASSENGER_BELOW_COUNCIL),
					containsString(PER_PERSON_NOT_UNLIMITED), not(containsString("??")))));
		assertThat(pdfText(operatorId, staff)).contains(PASSENGER_BELOW_COUNCIL, PER_PERSON_NOT_UNLIMITED);
	}

	private Row vehicleRow(long operatorId, AccountPrincipal staff, String plate) {
		return this.service.check(operatorId, staff)
			.sections()
			.get(1)
			.rows()
			.stream()
			.filter((row) -> text(row.item()).equals(plate))
			.findFirst()
			.orElseThrow();
	}

	private Row managementRow(long operatorId, AccountPrincipal staff, String item) {
		return this.service.check(operatorId, staff)
			.sections()
			.get(3)
			.rows()
			.stream()
			.filter((row) -> text(row.item()).equals(item))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void thePageShowsEachCheckWithItsReason() throws Exception {
		long operatorId = setUpOperator();
		AccountPrincipal staff = this.tenant.staff();
		this.mvc.perform(get("/operators/{id}", operatorId).with(user(staff)))
			.andExpect(content().string(containsString("/operators/" + operatorId + "/compliance")));
		this.mvc.perform(get("/operators/{id}/compliance", operatorId).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(OPERATOR + " 要件確認表"), containsString(this.tenant.municipality().getName()),
						containsString("登録"), containsString("自動車"), containsString("運転者"), containsString("松本500あ1"),
						containsString("松本500あ2"), containsString(LOW_COVER), containsString("松本 太郎"),
						containsString(NO_COURSE), containsString("佐久 花子"), containsString("要件を満たす"),
						containsString("badge--alert"), containsString("badge--ok"), containsString("要確認 "),
						containsString("/operators/" + operatorId + "/compliance.pdf"), not(containsString("??")))));
	}

	@Test
	void theReportCountsAndJudgesTheRows() throws Exception {
		long operatorId = setUpOperator();
		LocalDate expiry = LocalDate.now(this.clock).plusDays(400);
		expireOn(operatorId, expiry);
		minorAccidentAndResolvedComplaint(operatorId);
		ComplianceReport report = this.service.check(operatorId, this.tenant.staff());
		assertThat(report.sections()).extracting((section) -> text(section.title()))
			.containsExactly("登録", "自動車", "運転者", "運行管理・整備管理", "事故・苦情・行政処分");
		assertThat(rows(report.sections().get(1))).containsExactly(Tuple.tuple("松本500あ1", Status.OK),
				Tuple.tuple("松本500あ2", Status.NG));
		assertThat(texts(report.sections().get(1).rows().get(0).reasons())).containsExactly("適合");
		assertThat(texts(report.sections().get(1).rows().get(1).reasons())).containsExactly(LOW_COVER);
		assertThat(report.sections().get(2).rows()).extracting(Row::status)
			.containsExactlyInAnyOrder(Status.OK, Status.NG);
		assertThat(rows(report.sections().get(3))).containsExactly(Tuple.tuple("運行管理の責任者", Status.NG),
				Tuple.tuple("整備管理の責任者", Status.NG));
		assertThat(texts(report.sections().get(3).rows().get(0).reasons())).containsExactly("運行管理の責任者が選任されていません。");
		Row registration = report.sections().get(0).rows().get(0);
		assertThat(text(registration.item())).isEqualTo("登録");
		assertThat(registration.status()).isEqualTo(Status.OK);
		assertThat(texts(registration.reasons())).containsExactly("有効（" + Wareki.format(expiry) + "まで）");
		assertThat(report.sections().get(4).rows())
			.extracting((row) -> text(row.item()), Row::status, (row) -> text(row.reasons().get(0)))
			.containsExactly(Tuple.tuple("事故（現在の登録期間）", Status.OK, "事故1件（重大事故なし）"),
					Tuple.tuple("行政処分（現在の登録期間）", Status.OK, "記録なし"), Tuple.tuple("苦情", Status.OK, "未解決の苦情なし（記録1件）"));
		assertThat(report.reviewCount()).isEqualTo(4);
		assertThat(report.okCount()).isEqualTo(6);
	}

	@Test
	void theRegistrationRowFollowsTheExpiryAndShowsTheNumber() throws Exception {
		long operatorId = setUpOperator();
		AccountPrincipal staff = this.tenant.staff();
		this.jdbc.sql("update operator set registration_number = '中山福第１号' where id = :id")
			.param("id", operatorId)
			.update();
		LocalDate today = LocalDate.now(this.clock);
		expireOn(operatorId, today.plusDays(30));
		Row soon = this.service.check(operatorId, staff).sections().get(0).rows().get(0);
		assertThat(text(soon.item())).isEqualTo("登録（中山福第１号）");
		assertThat(soon.status()).isEqualTo(Status.WARN);
		String dueText = "登録の有効期間が" + Wareki.format(today.plusDays(30)) + "に満了します（あと30日）。満了前に更新の申請が必要です。";
		assertThat(texts(soon.reasons())).containsExactly(dueText);
		this.mvc.perform(get("/operators/{id}/compliance", operatorId).with(user(staff)))
			.andExpect(content()
				.string(allOf(containsString("登録（中山福第１号）"), containsString(dueText), containsString("要注意"))));
		assertThat(pdfText(operatorId, staff)).contains("登録（中山福第１号）", dueText, "要注意");
		expireOn(operatorId, today.minusDays(1));
		Row expired = this.service.check(operatorId, staff).sections().get(0).rows().get(0);
		assertThat(expired.status()).isEqualTo(Status.NG);
		assertThat(texts(expired.reasons()))
			.containsExactly("登録の有効期間が" + Wareki.format(today.minusDays(1)) + "に満了しています。");
		this.jdbc.sql("update operator set registration_expires_on = null where id = :id")
			.param("id", operatorId)
			.update();
		Row unknown = this.service.check(operatorId, staff).sections().get(0).rows().get(0);
		assertThat(unknown.status()).isEqualTo(Status.WARN);
		assertThat(texts(unknown.reasons())).containsExactly("登録の有効期限が登録されていません。");
	}

	private void minorAccidentAndResolvedComplaint(long operatorId) {
		LocalDate today = LocalDate.now(this.clock);
		AccidentForm accident = new AccidentForm();
		accident.setOccurredOn(today.minusDays(30));
		accident.setPlace("病院の玄関前");
		accident.setDescription("リフトが縁石に接触した。");
		this.incidents.reportAccident(operatorId, accident);
		ComplaintForm complaint = new ComplaintForm();
		complaint.setReceivedOn(today.minusDays(60));
		complaint.setContent("迎えが遅れた。");
		complaint.setResolvedOn(today.minusDays(55));
		this.incidents.reportComplaint(operatorId, complaint);
	}

	private void expireOn(long operatorId, LocalDate expiry) {
		this.jdbc.sql("update operator set registration_expires_on = :expiry where id = :id")
			.param("expiry", expiry)
			.param("id", operatorId)
			.update();
	}

	@Test
	void theSectionsSayWhenThereIsNothingToCheck() throws Exception {
		long operatorId = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		ComplianceReport report = this.service.check(operatorId, staff);
		assertThat(report.sections().get(1).rows()).isEmpty();
		assertThat(text(report.sections().get(1).empty())).isEqualTo("車両が登録されていません。");
		assertThat(text(report.sections().get(2).empty())).isEqualTo("在任中の運転者が登録されていません。");
		this.mvc.perform(get("/operators/{id}/compliance", operatorId).with(user(staff)))
			.andExpect(content().string(allOf(containsString("車両が登録されていません。"), containsString("在任中の運転者が登録されていません。"),
					not(containsString("??")))));
		assertThat(pdfText(operatorId, staff)).contains("車両が登録されていません。", "在任中の運転者が登録されていません。",
				"判定の「要注意」は、現在は基準を満たしていますが期限が近いなど確認が必要な項目です。");
	}

	@Autowired
	ComplianceService service;

	@Test
	void thePdfHasTheTitleTheRowsAndTheReasons() throws Exception {
		long operatorId = setUpOperator();
		byte[] pdf = this.mvc.perform(get("/operators/{id}/compliance.pdf", operatorId).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains(OPERATOR.replace(" ", "") + "要件確認表", this.tenant.municipality().getName(), "令和",
					"項目", "判定", "内容", "登録", "自動車", "運転者", "松本500あ1", "松本500あ2", "不適合", LOW_COVER, "松本太郎",
					NO_COURSE.replaceAll("\\s+", ""), "佐久花子", "要件を満たす", "適合");
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
			Path previews = Files.createDirectories(Path.of("target", "pdf-previews"));
			ImageIO.write(image, "png", new File(previews.toFile(), "compliance.png"));
			assertThat(image.getWidth()).isBetween(820, 830);
		}
	}

	@Test
	void anotherMunicipalitysStaffGet404AndOperatorsGet403() throws Exception {
		long operatorId = setUpOperator();
		for (String url : new String[] { "/operators/" + operatorId + "/compliance",
				"/operators/" + operatorId + "/compliance.pdf" }) {
			this.mvc.perform(get(url).with(user(this.data.principal("staff2")))).andExpect(status().isNotFound());
			this.mvc.perform(get(url).with(user(Registries.operatorUser(this.operator))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(url).with(user(this.data.principal("tanto")))).andExpect(status().isForbidden());
		}
	}

	private String pdfText(long operatorId, AccountPrincipal staff) throws Exception {
		byte[] pdf = this.mvc.perform(get("/operators/{id}/compliance.pdf", operatorId).with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	private String text(MessageSourceResolvable message) {
		return this.messages.getMessage(message, Locale.JAPAN);
	}

	private List<String> texts(List<? extends MessageSourceResolvable> messages) {
		return messages.stream().map(this::text).toList();
	}

	private List<Tuple> rows(Section section) {
		return section.rows().stream().map((row) -> Tuple.tuple(text(row.item()), row.status())).toList();
	}

	private long setUpOperator() throws Exception {
		long operatorId = this.operator;
		AccountPrincipal staff = this.tenant.staff();
		this.mvc.perform(vehicle(operatorId, staff, "plateNumber", "松本500あ1")).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(vehicle(operatorId, staff, "plateNumber", "松本500あ2", "coverPerPerson", "50000000",
					"perPersonUnlimited", "false"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(driver(operatorId, staff)).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(driver(operatorId, staff, "name", "松本 太郎", "furigana", "まつもと たろう", "licenceNumber", "123456789013",
					"licenceClass", "CLASS_1", "welfareCourseOn", ""))
			.andExpect(status().is3xxRedirection());
		return operatorId;
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
		return Registries.form(post("/operators/{id}/vehicles/new", operatorId), staff, fields, overrides);
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
		return Registries.form(post("/operators/{id}/drivers/new", operatorId), staff, fields, overrides);
	}

}
