package jp.kyogikai.journey;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

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
 * Staff record a serious accident of an operator, are told what was missing, and see the
 * renewal the operator would get shrink from 3 years to 2 with the reason; deleting the
 * record after confirming brings the 3 years back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestTenants.class })
class IncidentJourneyTests {

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

	String username;

	long operatorId;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start();
		this.tenant = this.tenants.create();
		this.username = "incident" + this.tenant.municipality().getCode();
		this.users.save(UserAccount.secretariat(this.username, this.passwordEncoder.encode("pass-word"), "事務局 花子",
				this.tenant.municipality().getId()));
		this.operatorId = this.operators
			.save(new Operator(this.tenant.municipality().getId(), "特定非営利活動法人 ひだまり", OperatorType.NPO, "テスト福第２号",
					LocalDate.of(2028, 3, 31)))
			.getId();
		this.jdbc.sql("update operator set valid_from = date '2025-04-01' where id = :id")
			.param("id", this.operatorId)
			.update();
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.jdbc.sql("delete from accident where operator_id = :id").param("id", this.operatorId).update();
	}

	@Test
	void aSeriousAccidentShortensTheRenewalWithTheReasonShown() {
		Browser.signIn(this.browser, url(""), this.username, "pass-word");
		assertThat(text("h1", "ホーム")).isEqualTo("ホーム");
		this.browser.get(url("/operators/" + this.operatorId));
		assertThat(text("section[aria-labelledby=registration-heading]", "（3年）")).contains("令和10年4月1日～令和13年3月31日")
			.contains("記録はありません");
		Browser.screenshot(this.browser, "21-operator-clean");

		this.browser.findElement(By.linkText("事故の一覧")).click();
		assertThat(text("h1", "事故")).contains("特定非営利活動法人 ひだまり");
		this.browser.findElement(By.linkText("事故を記録する")).click();
		assertThat(text("h1", "事故の記録")).isEqualTo("事故の記録");
		this.browser.findElement(By.id("place")).sendKeys("佐久市長土呂 国道141号");
		this.browser.findElement(By.id("serious1")).click();
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(text("#occurredOn-error", "発生日を入力してください。")).isEqualTo("発生日を入力してください。");
		assertThat(text("#description-error", "事故の概要を入力してください。")).isEqualTo("事故の概要を入力してください。");
		Browser.screenshot(this.browser, "22-accident-error");

		setDate("occurredOn", "2026-08-20");
		this.browser.findElement(By.id("description")).sendKeys("交差点で右折中に直進車と衝突し、乗客1人が骨折した。");
		this.browser.findElement(By.id("outcome")).sendKeys("乗客1人が重傷（右腕骨折）。");
		setDate("reportedOn", "2026-09-10");
		this.browser.findElement(By.id("measures")).sendKeys("右折時の安全確認について全運転者に再教育を行った。");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(text(".flash--success", "事故を記録しました。")).isEqualTo("事故を記録しました。");
		assertThat(text("table", "令和8年9月10日に報告")).contains("重大事故").contains("佐久市長土呂 国道141号");
		Browser.screenshot(this.browser, "23-accidents");

		this.browser.findElement(By.linkText("特定非営利活動法人 ひだまり")).click();
		assertThat(text("section[aria-labelledby=registration-heading]", "（2年）")).contains("令和10年4月1日～令和12年3月31日")
			.contains("重大事故（令和8年8月20日）");
		assertThat(text("section[aria-labelledby=incidents-heading]", "うち重大事故 1件")).contains("1件（うち重大事故 1件）");
		Browser.screenshot(this.browser, "24-operator-two-years");

		this.browser.get(url("/operators/" + this.operatorId + "/compliance"));
		assertThat(text("main", "重大事故：令和8年8月20日")).contains("事故・苦情・行政処分").contains("更新登録の有効期間は2年になります");
		Browser.screenshot(this.browser, "25-compliance");

		this.browser.get(url("/operators/" + this.operatorId + "/accidents"));
		this.browser.findElement(By.linkText("削除")).click();
		assertThat(text("h1", "事故の記録の削除")).isEqualTo("事故の記録の削除");
		assertThat(text("main", "交差点で右折中")).contains("令和8年8月20日");
		Browser.screenshot(this.browser, "26-accident-delete");
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(text(".flash--success", "事故の記録を削除しました。")).isEqualTo("事故の記録を削除しました。");
		this.browser.get(url("/operators/" + this.operatorId));
		assertThat(text("section[aria-labelledby=registration-heading]", "（3年）")).contains("令和10年4月1日～令和13年3月31日");
		assertThat(this.jdbc.sql("select count(*) from accident where operator_id = :id")
			.param("id", this.operatorId)
			.query(Long.class)
			.single()).isZero();
	}

	private void setDate(String id, String isoDate) {
		WebElement input = this.browser.findElement(By.id(id));
		this.browser.executeScript("arguments[0].value = arguments[1];", input, isoDate);
	}

	private String text(String css, String expected) {
		return Browser.text(this.browser, css, expected);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
