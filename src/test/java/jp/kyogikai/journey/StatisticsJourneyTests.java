package jp.kyogikai.journey;

import jp.kyogikai.calendar.FiscalYear;
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

import java.time.Clock;
import java.time.LocalDate;

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
 * A secretariat member starts this year's statistics, enters the population, is told what
 * was wrong, and sees the 高齢化率 computed; then reads 佐久市's demo year as the seed prints
 * it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestTenants.class })
class StatisticsJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	Tenant tenant;

	String username;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start();
		this.tenant = this.tenants.create();
		this.username = "stats" + this.tenant.municipality().getCode();
		this.users.save(UserAccount.secretariat(this.username, this.passwordEncoder.encode("pass-word"), "統計 花子",
				this.tenant.municipality().getId()));
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void staffStartTheYearAndEnterThePopulation() {
		FiscalYear year = FiscalYear.of(LocalDate.now(this.clock));
		Browser.signIn(this.browser, url(""), this.username, "pass-word");
		assertThat(text("h1", "ホーム")).isEqualTo("ホーム");
		this.browser.findElement(By.linkText("統計")).click();
		assertThat(text("h1", "市町村の統計")).contains(this.tenant.municipality().getName());
		Browser.screenshot(this.browser, "statistics-01-years");

		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(text(".flash--success", "の統計を作りました")).contains(year.label());
		Browser.screenshot(this.browser, "statistics-02-new-year");

		this.browser.findElement(By.cssSelector("#population a.button")).click();
		assertThat(text("h1", "人口等の状況")).isEqualTo("「人口等の状況」の編集");
		this.browser.findElement(By.id("asOf")).sendKeys("令和8年5月末現在");
		this.browser.findElement(By.id("cell-POPULATION-PERSONS")).sendKeys("97,234");
		this.browser.findElement(By.id("cell-AGED_65_PLUS-PERSONS")).sendKeys("三万");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(text(".flash--error", "うち65歳以上人口")).contains("うち65歳以上人口は0以上の整数で入力してください");
		assertThat(this.browser.findElement(By.id("cell-AGED_65_PLUS-PERSONS")).getAttribute("aria-invalid"))
			.isEqualTo("true");
		Browser.screenshot(this.browser, "statistics-03-population-error");

		WebElement aged = this.browser.findElement(By.id("cell-AGED_65_PLUS-PERSONS"));
		aged.clear();
		aged.sendKeys("30709");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(text(".flash--success", "保存しました")).isEqualTo("「人口等の状況」を保存しました。");
		assertThat(text("#population", "31.6")).contains("97,234").contains("30,709").contains("高齢化率");
		Browser.screenshot(this.browser, "statistics-04-population-saved");
	}

	@Test
	void theDemoYearReadsLikeTheSeed() {
		long saku = this.jdbc.sql("select id from municipality where name = '佐久市'").query(Long.class).single();
		this.users.save(
				UserAccount.secretariat(this.username + "s", this.passwordEncoder.encode("pass-word"), "佐久 花子", saku));
		Browser.signIn(this.browser, url(""), this.username + "s", "pass-word");
		assertThat(text("h1", "ホーム")).isEqualTo("ホーム");
		this.browser.get(url("/statistics"));
		this.browser.findElement(By.linkText("令和7年度")).click();
		assertThat(text("h1", "佐久市の状況")).isEqualTo("佐久市の状況（令和7年度）");
		assertThat(text("#care-certification", "4,657")).contains("第1号被保険者").contains("4,611");
		Browser.screenshot(this.browser, "statistics-05-saku");
		this.browser.findElement(By.cssSelector("#care-certification a.button")).click();
		assertThat(text("h1", "要介護")).isEqualTo("「要介護（要支援）認定者数」の編集");
		assertThat(this.browser.findElement(By.id("cell-AGED_75_PLUS-CARE_4")).getAttribute("value")).isEqualTo("716");
		Browser.screenshot(this.browser, "statistics-06-saku-care-edit");
	}

	private String text(String css, String expected) {
		return Browser.text(this.browser, css, expected);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
