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
 * A secretariat member signs in, opens the council, tries an impossible charter setting,
 * is told why, saves a correct one and finds it in the history.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestTenants.class })
class CharterJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	Tenant tenant;

	String username;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start();
		this.tenant = this.tenants.create();
		this.username = "journey" + this.tenant.municipality().getCode();
		this.users.save(UserAccount.secretariat(this.username, this.passwordEncoder.encode("pass-word"), "事務局 花子",
				this.tenant.municipality().getId()));
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void staffChangeTheCharterAfterBeingToldWhatWasWrong() {
		this.browser.get(url("/"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
		Browser.screenshot(this.browser, "01-login");

		this.browser.findElement(By.id("username")).sendKeys(this.username);
		this.browser.findElement(By.id("password")).sendKeys("wrong");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(text(".flash--error", "ユーザー名またはパスワードが正しくありません。")).isEqualTo("ユーザー名またはパスワードが正しくありません。");

		this.browser.findElement(By.id("username")).sendKeys(this.username);
		this.browser.findElement(By.id("password")).sendKeys("pass-word");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(text("h1", "ホーム")).isEqualTo("ホーム");
		assertThat(text(".site-user", "事務局 花子")).contains("事務局 花子");
		Browser.screenshot(this.browser, "02-dashboard");

		this.browser.findElement(By.linkText(this.tenant.council().getName())).click();
		assertThat(text("h1", this.tenant.council().getName())).isEqualTo(this.tenant.council().getName());
		Browser.screenshot(this.browser, "03-council");

		this.browser.get(url("/councils/" + this.tenant.councilId() + "/charter/edit"));
		WebElement maxMembers = this.browser.findElement(By.id("maxMembers"));
		maxMembers.clear();
		maxMembers.sendKeys("0");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(text("#maxMembers-error", "委員の定数は1から100までの数で入力してください。")).isEqualTo("委員の定数は1から100までの数で入力してください。");
		assertThat(this.browser.findElement(By.id("maxMembers")).getAttribute("aria-invalid")).isEqualTo("true");
		Browser.screenshot(this.browser, "04-charter-error");

		maxMembers = this.browser.findElement(By.id("maxMembers"));
		maxMembers.clear();
		maxMembers.sendKeys("12");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(text(".flash--success", "設置要綱の設定を保存しました。")).isEqualTo("設置要綱の設定を保存しました。");
		assertThat(text("section[aria-labelledby=charter-heading] .facts", "12人以内")).contains("12人以内");
		Browser.screenshot(this.browser, "05-charter-saved");

		this.browser.findElement(By.linkText("変更履歴")).click();
		assertThat(text(".history", this.username)).contains(this.username).contains("委員の定数");
		Browser.screenshot(this.browser, "06-charter-history");
		assertThat(this.jdbc.sql("select max_members from charter where council_id = :id")
			.param("id", this.tenant.councilId())
			.query(Integer.class)
			.single()).isEqualTo(12);
	}

	private String text(String css, String expected) {
		return Browser.text(this.browser, css, expected);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
