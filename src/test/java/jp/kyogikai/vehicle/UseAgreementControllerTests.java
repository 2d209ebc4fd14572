package jp.kyogikai.vehicle;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.TestData;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

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
 * The use agreement (使用承諾書) of a brought-in vehicle: upload, replacement, download and
 * who may do them, on a vehicle of an operator of the test's own municipality (the demo's
 * vehicles and files stay as they are).
 */
@IntegrationTest
class UseAgreementControllerTests {

	static final String MISSING = "持込み車両ですが、使用権原を証する書類（使用承諾書）が登録されていません。";

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

	/** An operator of the test's own, with the one brought-in vehicle. */
	long operator;

	long vehicleId;

	String staffBase;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
		this.operator = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 承諾書テスト");
		this.vehicleId = this.jdbc.sql("""
				insert into vehicle (operator_id, plate_number, vehicle_type, seats, ownership, inspection_expires_on,
				                     policy_from, policy_to, cover_per_person, cover_property, cover_passenger)
				values (:o, '長野 501 の 1', 'SEDAN', 5, 'BROUGHT_IN', date '2099-03-31',
				        current_date - 1, current_date + 365, -1, -1, 10000000)
				returning id
				""").param("o", this.operator).query(Long.class).single();
		this.staffBase = "/operators/" + this.operator + "/vehicles";
	}

	/**
	 * Removes the test's vehicles and the files uploaded for them: all of its
	 * municipality's.
	 */
	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from vehicle where operator_id in (select id from operator where municipality_id = :m)")
			.param("m", this.tenant.municipality().getId())
			.update();
		this.jdbc.sql("delete from stored_file where municipality_id = :m")
			.param("m", this.tenant.municipality().getId())
			.update();
	}

	@Test
	void staffUploadAnAgreementAndTheFindingGoes() throws Exception {
		AccountPrincipal staff = this.tenant.staff();
		this.mvc.perform(get(this.staffBase).with(user(staff)))
			.andExpect(content().string(allOf(containsString("長野 501 の 1"), containsString(MISSING))));
		this.mvc.perform(get("/operators/{id}/compliance", this.operator).with(user(staff)))
			.andExpect(content().string(allOf(containsString("長野 501 の 1"), containsString(MISSING))));
		this.mvc.perform(get(edit()).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("使用権原を証する書類（使用承諾書）"), containsString("書類は登録されていません。"),
					containsString("enctype=\"multipart/form-data\""), containsString("/use-agreement?_csrf="),
					containsString("PDF・JPEG・PNGのファイル（20MBまで）"), not(containsString("??")))));
		byte[] pdf = pdf();
		long before = files();
		this.mvc.perform(upload(this.staffBase, staff, "承諾書.pdf", pdf))
			.andExpect(redirectedUrl(edit()))
			.andExpect(flash().attribute("flashMessage", "flash.vehicle.useAgreement.stored"));
		assertThat(files()).isEqualTo(before + 1);
		long fileId = currentFile();
		assertThat(this.jdbc
			.sql("select uploaded_by || ' ' || size_bytes || ' ' || media_type from stored_file where id = :id")
			.param("id", fileId)
			.query(String.class)
			.single()).isEqualTo(staff.getUsername() + " " + pdf.length + " application/pdf");
		this.mvc.perform(get(this.staffBase).with(user(staff)))
			.andExpect(content().string(allOf(containsString("長野 501 の 1"), not(containsString(MISSING)))));
		this.mvc.perform(get(edit()).with(user(staff)))
			.andExpect(content()
				.string(allOf(containsString("承諾書.pdf"), containsString(pdf.length + "バイト"), containsString("令和"),
						containsString(edit().replace("/edit", "/use-agreement") + "\""), containsString("差し替える"))));
		MockHttpServletResponse download = this.mvc.perform(get(agreement()).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"___.pdf\"; filename*=UTF-8''%E6%89%BF%E8%AB%BE%E6%9B%B8.pdf"))
			.andExpect(header().string("Content-Length", String.valueOf(pdf.length)))
			.andReturn()
			.getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(download.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void replacingKeepsTheOldDocumentInTheHistory() throws Exception {
		AccountPrincipal staff = this.tenant.staff();
		byte[] first = pdf();
		this.mvc.perform(upload(this.staffBase, staff, "旧承諾書.pdf", first)).andExpect(redirectedUrl(edit()));
		long firstId = currentFile();
		byte[] second = png();
		this.mvc.perform(upload(this.staffBase, staff, "新承諾書.png", second, "1")).andExpect(redirectedUrl(edit()));
		long secondId = currentFile();
		assertThat(secondId).isNotEqualTo(firstId);
		assertThat(this.jdbc.sql("select count(*) from stored_file where id in (:ids)")
			.param("ids", List.of(firstId, secondId))
			.query(Long.class)
			.single()).isEqualTo(2);
		this.mvc.perform(get(edit()).with(user(staff)))
			.andExpect(content().string(allOf(containsString("新承諾書.png"), containsString("以前の書類"),
					containsString("旧承諾書.pdf"), containsString(agreement() + "/" + firstId + "\""))));
		assertThat(this.mvc.perform(get(agreement()).with(user(staff)))
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(second);
		assertThat(this.mvc.perform(get(agreement() + "/" + firstId).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(first);
		assertThat(this.jdbc.sql("select count(distinct use_agreement_file_id) from vehicle_aud where id = :id")
			.param("id", this.vehicleId)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theOperatorUploadsAndDownloadsInThePortal() throws Exception {
		AccountPrincipal operatorUser = Registries.operatorUser(this.operator);
		String base = "/operator-portal/vehicles";
		this.mvc.perform(get(base + "/" + this.vehicleId + "/edit").with(user(operatorUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(base + "/" + this.vehicleId + "/use-agreement?_csrf="),
					not(containsString("/operators/")))));
		byte[] jpeg = jpeg();
		this.mvc.perform(upload(base, operatorUser, "車検証と承諾書.jpg", jpeg))
			.andExpect(redirectedUrl(base + "/" + this.vehicleId + "/edit"));
		assertThat(this.mvc.perform(get(base + "/" + this.vehicleId + "/use-agreement").with(user(operatorUser)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(jpeg);
		assertThat(this.jdbc.sql("select uploaded_by from stored_file where id = :id")
			.param("id", currentFile())
			.query(String.class)
			.single()).isEqualTo(operatorUser.getUsername());
		this.mvc.perform(get(agreement()).with(user(this.tenant.staff()))).andExpect(status().isOk());
	}

	@Test
	void aTextFileNamedPdfAndAnEmptyFileAreRefusedInJapanese() throws Exception {
		AccountPrincipal staff = this.tenant.staff();
		long before = files();
		this.mvc.perform(upload(this.staffBase, staff, "承諾書.pdf", "私は承諾します。".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("PDF・JPEG・PNGのファイルだけを登録できます。"),
					containsString("ファイル名ではなく中身で判定しています"), containsString("field--error"))));
		this.mvc.perform(upload(this.staffBase, staff, "承諾書.pdf", new byte[0]))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ファイルが空です")));
		this.mvc.perform(upload(this.staffBase, staff, "", new byte[0]))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ファイルを選んでください。")));
		assertThat(files()).isEqualTo(before);
		assertThat(currentFileOrNull()).isNull();
	}

	@Test
	void aFileOverTwentyMegabytesIsRefusedAndNothingIsStored() throws Exception {
		byte[] large = Arrays.copyOf(pdf(), 20 * 1024 * 1024 + 1);
		long before = files();
		this.mvc.perform(upload(this.staffBase, this.tenant.staff(), "大きな承諾書.pdf", large))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ファイルが大きすぎます（20.1MB）。20MBまでのファイルを選んでください。何も登録していません。")));
		assertThat(files()).isEqualTo(before);
		assertThat(currentFileOrNull()).isNull();
	}

	@Test
	void aStaleVersionIsRefusedAndNothingIsStored() throws Exception {
		AccountPrincipal staff = this.tenant.staff();
		long before = files();
		this.mvc.perform(upload(this.staffBase, staff, "承諾書.pdf", pdf(), "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の職員が先に更新しました")));
		assertThat(files()).isEqualTo(before);
		assertThat(currentFileOrNull()).isNull();
	}

	@Test
	void withoutCsrfNothingIsStored() throws Exception {
		long before = files();
		this.mvc
			.perform(multipart(this.staffBase + "/{v}/use-agreement", this.vehicleId)
				.file(new MockMultipartFile("file", "承諾書.pdf", "application/pdf", pdf()))
				.param("version", "0")
				.with(user(this.tenant.staff())))
			.andExpect(status().isForbidden());
		assertThat(files()).isEqualTo(before);
	}

	@Test
	void anotherOperatorAndAnotherMunicipalityCannotReachTheAgreement() throws Exception {
		this.mvc.perform(upload(this.staffBase, this.tenant.staff(), "承諾書.pdf", pdf()))
			.andExpect(redirectedUrl(edit()));
		long fileId = currentFile();
		long before = files();
		AccountPrincipal tanto = this.data.principal("tanto");
		String portal = "/operator-portal/vehicles/" + this.vehicleId;
		this.mvc.perform(get(agreement()).with(user(tanto))).andExpect(status().isForbidden());
		this.mvc.perform(get(agreement() + "/" + fileId).with(user(tanto))).andExpect(status().isForbidden());
		this.mvc.perform(upload(this.staffBase, tanto, "乗っ取り.pdf", pdf())).andExpect(status().isForbidden());
		this.mvc.perform(get(portal + "/use-agreement").with(user(tanto))).andExpect(status().isNotFound());
		this.mvc.perform(get(portal + "/use-agreement/" + fileId).with(user(tanto))).andExpect(status().isNotFound());
		this.mvc.perform(upload("/operator-portal/vehicles", tanto, "乗っ取り.pdf", pdf()))
			.andExpect(status().isNotFound());
		AccountPrincipal staff2 = this.data.principal("staff2");
		this.mvc.perform(get(agreement()).with(user(staff2))).andExpect(status().isNotFound());
		this.mvc.perform(get(agreement() + "/" + fileId).with(user(staff2))).andExpect(status().isNotFound());
		this.mvc.perform(upload(this.staffBase, staff2, "乗っ取り.pdf", pdf())).andExpect(status().isNotFound());
		for (String member : List.of("member", "chair")) {
			this.mvc.perform(get(agreement()).with(user(this.data.principal(member))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(portal + "/use-agreement").with(user(this.data.principal(member))))
				.andExpect(status().isForbidden());
		}
		assertThat(files()).isEqualTo(before);
		assertThat(currentFile()).isEqualTo(fileId);
	}

	@Test
	void onlyTheVehiclesOwnDocumentsCanBeDownloaded() throws Exception {
		AccountPrincipal staff = this.tenant.staff();
		this.mvc.perform(get(agreement()).with(user(staff))).andExpect(status().isNotFound());
		long other = insertVehicle(this.operator, "長野 501 の 2");
		this.mvc.perform(upload(this.staffBase, other, staff, "別の車両.pdf", pdf(), "0"))
			.andExpect(redirectedUrl(this.staffBase + "/" + other + "/edit"));
		long otherFile = this.jdbc.sql("select use_agreement_file_id from vehicle where id = :id")
			.param("id", other)
			.query(Long.class)
			.single();
		this.mvc.perform(get(agreement() + "/" + otherFile).with(user(staff))).andExpect(status().isNotFound());
		this.mvc.perform(get(this.staffBase + "/" + other + "/use-agreement/" + otherFile).with(user(staff)))
			.andExpect(status().isOk());
		// a vehicle of another operator of the same municipality, under this one's URLs
		long otherOperator = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 別の運送主体");
		long otherOperatorsVehicle = insertVehicle(otherOperator, "長野 501 の 3");
		this.mvc.perform(get(this.staffBase + "/" + otherOperatorsVehicle + "/use-agreement").with(user(staff)))
			.andExpect(status().isNotFound());
		this.mvc.perform(upload(this.staffBase, otherOperatorsVehicle, staff, "別の運送主体.pdf", pdf(), "0"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select use_agreement_file_id from vehicle where id = :id")
			.param("id", otherOperatorsVehicle)
			.query(Long.class)
			.optional()).isEmpty();
	}

	@Test
	void theAgreementsPeriodIsSavedWithTheVehicleAndChecked() throws Exception {
		AccountPrincipal staff = this.tenant.staff();
		this.mvc.perform(upload(this.staffBase, staff, "承諾書.pdf", pdf())).andExpect(redirectedUrl(edit()));
		this.mvc
			.perform(post(edit()).param("plateNumber", "長野 501 の 1")
				.param("vehicleType", "SEDAN")
				.param("seats", "5")
				.param("ownership", "BROUGHT_IN")
				.param("inspectionExpiresOn", "2099-03-31")
				.param("useAgreementFrom", "2024-04-01")
				.param("useAgreementTo", "2025-03-31")
				.param("version", "1")
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl(this.staffBase));
		this.mvc.perform(get(this.staffBase).with(user(staff)))
			.andExpect(content().string(containsString("使用承諾の期間が令和7年3月31日に終了しています。")));
		this.mvc
			.perform(post(edit()).param("plateNumber", "長野 501 の 1")
				.param("vehicleType", "SEDAN")
				.param("seats", "5")
				.param("ownership", "BROUGHT_IN")
				.param("inspectionExpiresOn", "2099-03-31")
				.param("useAgreementFrom", "2025-04-01")
				.param("useAgreementTo", "2025-03-31")
				.param("version", "2")
				.with(user(staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("使用承諾の終了日は開始日以降の日付にしてください。")));
		assertThat(this.jdbc.sql("select use_agreement_from from vehicle where id = :id")
			.param("id", this.vehicleId)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2024, 4, 1));
	}

	private RequestBuilder upload(String base, AccountPrincipal principal, String name, byte[] content) {
		return upload(base, principal, name, content, "0");
	}

	private RequestBuilder upload(String base, AccountPrincipal principal, String name, byte[] content,
			String version) {
		return upload(base, this.vehicleId, principal, name, content, version);
	}

	private RequestBuilder upload(String base, long vehicleId, AccountPrincipal principal, String name, byte[] content,
			String version) {
		return multipart(base + "/{v}/use-agreement", vehicleId)
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("version", version)
			.with(user(principal))
			.with(csrf());
	}

	private long insertVehicle(long operatorId, String plate) {
		return this.jdbc.sql("""
				insert into vehicle (operator_id, plate_number, vehicle_type, seats, ownership, inspection_expires_on)
				values (:o, :p, 'SEDAN', 5, 'BROUGHT_IN', date '2099-03-31') returning id
				""").param("o", operatorId).param("p", plate).query(Long.class).single();
	}

	private String edit() {
		return this.staffBase + "/" + this.vehicleId + "/edit";
	}

	private String agreement() {
		return this.staffBase + "/" + this.vehicleId + "/use-agreement";
	}

	private long currentFile() {
		Long id = currentFileOrNull();
		assertThat(id).isNotNull();
		return id;
	}

	private Long currentFileOrNull() {
		return this.jdbc.sql("select use_agreement_file_id from vehicle where id = :id")
			.param("id", this.vehicleId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private long files() {
		return this.jdbc.sql("select count(*) from stored_file").query(Long.class).single();
	}

	static byte[] pdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] png() throws Exception {
		return image("png");
	}

	static byte[] jpeg() throws Exception {
		return image("jpg");
	}

	private static byte[] image(String format) throws Exception {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x00FF00);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

}
