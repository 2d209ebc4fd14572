package jp.kyogikai.journey;

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
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat appoints a member, is told about a mistyped furigana, corrects it,
 * finds the member on the roster and reappoints them for the next term.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestTenants.class })
class RosterJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	ChromeDriver browser;

	Tenant tenant;

	String username;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start();
		this.tenant = this.tenants.create();
		this.username = "roster" + this.tenant.municipality().getCode();
		this.users.save(UserAccount.secretariat(this.username, this.passwordEncoder.encode("pass-word"), "名簿 担当",
				this.tenant.municipality().getId()));
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void staffAppointAMemberAndReappointThem() {
		Browser.signIn(this.browser, url(""), this.username, "pass-word");
		assertThat(text("h1", "ホーム")).isEqualTo("ホーム");

		this.browser.get(url("/councils/" + this.tenant.councilId() + "/members"));
		assertThat(text(".empty", "在任している委員はいません")).contains("在任している委員はいません");
		this.browser.findElement(By.linkText("委員を追加")).click();

		this.browser.findElement(By.id("name")).sendKeys("上嶋 通徳");
		this.browser.findElement(By.id("furigana")).sendKeys("カミシマ ミチノリ");
		this.browser.findElement(By.id("affiliation")).sendKeys("佐久市区長会 理事");
		new Select(this.browser.findElement(By.id("categoryId"))).selectByVisibleText("識見を有する者");
		this.browser.executeScript("arguments[0].value = '2024-08-10'", this.browser.findElement(By.id("start")));
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(text("#furigana-error", "ひらがな")).isEqualTo("ふりがなはひらがなで入力してください。");
		Browser.screenshot(this.browser, "11-member-error");

		WebElement furigana = this.browser.findElement(By.id("furigana"));
		furigana.clear();
		furigana.sendKeys("かみしま みちのり");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(text(".flash--success", "委嘱しました")).isEqualTo("委員を委嘱しました。");
		assertThat(text("table", "令和6年8月10日～令和7年8月9日")).contains("令和6年8月10日～令和7年8月9日");
		Browser.screenshot(this.browser, "12-member");

		this.browser.findElement(By.cssSelector("form[action$='/reappoint'] button")).click();
		this.browser.switchTo().alert().accept();
		assertThat(text(".flash--success", "再任")).isEqualTo("再任の委嘱を追加しました。");
		assertThat(text("table", "令和7年8月10日～令和8年8月9日")).contains("令和7年8月10日～令和8年8月9日");

		this.browser.get(url("/councils/" + this.tenant.councilId() + "/members?date=2025-07-17"));
		assertThat(text("h1", "任期R6.8.10～R7.8.9")).contains("任期R6.8.10～R7.8.9");
		assertThat(text(".roster", "かみしま みちのり")).contains("上嶋 通徳").contains("識見を有する者");
		Browser.screenshot(this.browser, "13-roster");
	}

	private String text(String css, String expected) {
		return Browser.text(this.browser, css, expected);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
