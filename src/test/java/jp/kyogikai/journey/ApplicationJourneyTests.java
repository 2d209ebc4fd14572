package jp.kyogikai.journey;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.operator.OperatorType;
import jp.kyogikai.security.UserAccount;
import jp.kyogikai.security.UserAccountRepository;
import jp.kyogikai.support.Browser;
import jp.kyogikai.support.TestDatabaseConfiguration;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator drafts a 対価の変更, is told which documents are missing when it submits too
 * early, attaches them and submits; staff return it with a comment on the reason, which
 * the operator finds beside the field; the operator corrects and resubmits; staff receive
 * it and it gets its 受付番号, all on the timeline.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestTenants.class })
class ApplicationJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	UserAccountRepository users;

	@Autowired
	OperatorRepository operators;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	Tenant tenant;

	String staff;

	String operator;

	Path document;

	@BeforeEach
	void setUp() throws Exception {
		this.browser = Browser.start();
		this.tenant = this.tenants.create();
		String code = this.tenant.municipality().getCode();
		this.staff = "apps-staff" + code;
		this.operator = "apps-op" + code;
		long operatorId = this.operators
			.save(new Operator(this.tenant.municipality().getId(), "特定非営利活動法人 こもれび", OperatorType.NPO, "テスト福第３号",
					LocalDate.of(2028, 3, 31)))
			.getId();
		String password = this.passwordEncoder.encode("pass-word");
		this.users.save(UserAccount.secretariat(this.staff, password, "事務局 花子", this.tenant.municipality().getId()));
		this.users.save(UserAccount.operator(this.operator, password, "運送 太郎", operatorId));
		this.document = Files.createTempFile("対価表", ".pdf");
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			pdf.addPage(new PDPage());
			pdf.save(out);
			Files.write(this.document, out.toByteArray());
		}
	}

	@AfterEach
	void tearDown() throws Exception {
		if (this.browser != null) {
			this.browser.quit();
		}
		long municipality = this.tenant.municipality().getId();
		this.jdbc.sql("delete from application where municipality_id = :m").param("m", municipality).update();
		this.jdbc.sql("delete from stored_file where municipality_id = :m").param("m", municipality).update();
		Files.deleteIfExists(this.document);
	}

	@Test
	void aFareChangeIsSubmittedReturnedCorrectedAndReceived() {
		Browser.signIn(this.browser, url(""), this.operator, "pass-word");
		assertThat(text("section[aria-labelledby=own-applications]", "申請はまだありません")).contains("申請はまだありません");
		this.browser.findElement(By.linkText("新しい申請")).click();
		assertThat(text("h1", "新しい申請")).isEqualTo("新しい申請");
		this.browser.findElement(By.cssSelector("input[name=type][value=CHANGE]")).click();
		this.browser.findElement(By.cssSelector("input[name=changeItems][value=AREA_ENLARGED]")).click();
		this.browser.findElement(By.cssSelector("button[name=classify]")).click();
		assertThat(text(".classification", "協議")).contains("この変更（運送の区域の拡大）は運営協議会での協議が必要です。");
		Browser.screenshot(this.browser, "51-application-change-classified");

		this.browser.findElement(By.cssSelector("input[name=type][value=FARE_CHANGE]")).click();
		this.browser.findElement(By.cssSelector("input[name=changeItems][value=AREA_ENLARGED]")).click();
		this.browser.findElement(By.id("area")).sendKeys("テスト市全域");
		this.browser.findElement(By.id("reason")).sendKeys("燃料費が上がったため。");
		this.browser.findElement(By.cssSelector("#proposedFares-method option[value=DISTANCE]")).click();
		this.browser.findElement(By.id("proposedFares-baseMetres")).sendKeys("2000");
		this.browser.findElement(By.id("proposedFares-baseFare")).sendKeys("400");
		this.browser.findElement(By.id("proposedFares-incrementMetres")).sendKeys("1000");
		this.browser.findElement(By.id("proposedFares-incrementFare")).sendKeys("100");
		this.browser.findElement(By.cssSelector("form.form button.button--primary")).click();
		assertThat(text(".flash--success", "下書きを作成しました")).contains("下書きを作成しました");
		assertThat(text("#fares", "2kmまで400円")).contains("2kmまで400円、以降1kmごとに100円");
		this.browser.findElement(By.cssSelector("form.step-form button.button--primary")).click();
		assertThat(text(".flash--error", "そろっていません")).contains("対価表、対価の算定根拠");
		Browser.screenshot(this.browser, "52-application-missing-documents");

		attach("FARE_TABLE");
		attach("COST_BASIS");
		assertThat(text("#attachments", "第1版")).contains("対価の算定根拠").doesNotContain("必須・未添付");
		this.browser.findElement(By.cssSelector("form.step-form button.button--primary")).click();
		assertThat(text(".flash--success", "提出")).contains("「提出」を行いました");
		String applicationUrl = this.browser.getCurrentUrl();
		String id = applicationUrl.substring(applicationUrl.lastIndexOf('/') + 1);

		switchTo(this.staff);
		this.browser.get(url("/applications"));
		assertThat(text("table", "こもれび")).contains("提出済み（受付待ち）");
		Browser.screenshot(this.browser, "53-applications-staff-list");
		this.browser.findElement(By.linkText("対価の変更")).click();
		this.browser.findElement(By.linkText("差し戻す（指摘事項を入力する）")).click();
		new Select(this.browser.findElement(By.id("rows0.field"))).selectByVisibleText("申請の理由");
		this.browser.findElement(By.id("rows0.comment")).sendKeys("値上げの理由を、費用の内訳とともに書いてください。");
		Browser.screenshot(this.browser, "54-application-return-form");
		this.browser.findElement(By.cssSelector("form.form button.button--primary")).click();
		assertThat(text(".flash--success", "差戻し")).contains("「差戻し」を行いました");

		switchTo(this.operator);
		this.browser.get(url("/operator-portal/applications/" + id));
		assertThat(text("#summary-heading + dl, section[aria-labelledby=summary-heading]", "事務局からの指摘"))
			.contains("事務局からの指摘：値上げの理由を、費用の内訳とともに書いてください。");
		Browser.screenshot(this.browser, "55-application-returned");
		this.browser.findElement(By.linkText("編集")).click();
		this.browser.findElement(By.id("reason")).sendKeys("燃料費が2割上がった。内訳は算定根拠のとおり。");
		this.browser.findElement(By.cssSelector("form.form button.button--primary")).click();
		this.browser.findElement(By.cssSelector("form.step-form button.button--primary")).click();
		assertThat(text(".flash--success", "再提出")).contains("「再提出」を行いました");

		switchTo(this.staff);
		this.browser.get(url("/applications/" + id));
		this.browser.findElement(By.cssSelector("form.step-form button.button--primary")).click();
		assertThat(text(".flash--success", "受付")).contains("「受付」を行いました");
		assertThat(text("#summary-heading + dl, section[aria-labelledby=summary-heading]", "福有第1号"))
			.containsPattern("\\d+福有第1号");
		assertThat(text("#timeline", "受付")).contains("下書き作成", "提出", "差戻し", "再提出", "受付", "値上げの理由を、費用の内訳とともに書いてください。");
		this.browser.manage().window().setSize(new Dimension(1280, 2600));
		Browser.screenshot(this.browser, "56-application-received");
	}

	private void switchTo(String username) {
		this.browser.findElement(By.cssSelector(".site-user form button")).click();
		assertThat(text("main", "ログアウト")).contains("ログアウト");
		Browser.signIn(this.browser, url(""), username, "pass-word");
		assertThat(text("h1", "ホーム")).isEqualTo("ホーム");
	}

	private void attach(String kind) {
		new Select(this.browser.findElement(By.id("kind"))).selectByValue(kind);
		this.browser.findElement(By.id("attachmentFile")).sendKeys(this.document.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("form.upload-form button[type=submit]")).click();
		assertThat(text(".flash--success", "添付しました")).contains("添付しました");
	}

	private String text(String css, String expected) {
		return Browser.text(this.browser, css, expected);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
