package jp.kyogikai.journey;

import jp.kyogikai.support.Browser;
import jp.kyogikai.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator のんびり signs in to its portal, records a licence suspension of one of its
 * drivers with the days the wrong way round, is told why, corrects them, and finds the
 * driver no longer qualified in the list.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class DriverRecordsJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	long driverId;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start();
		this.driverId = this.jdbc.sql("""
				insert into driver (operator_id, name, licence_class, licence_expires_on, welfare_course_on,
				  sedan_course_on, appointed_on)
				select id, '旅路 一郎', 'CLASS_1', date '2031-03-31', date '2026-03-01', date '2026-03-01',
				  date '2026-04-01'
				from operator where name = '特定非営利活動法人 のんびり'
				returning id
				""").query(Long.class).single();
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.jdbc.sql("delete from driver_suspension where driver_id = :d").param("d", this.driverId).update();
		this.jdbc.sql("delete from driver where id = :d").param("d", this.driverId).update();
	}

	@Test
	void anOperatorRecordsASuspensionAfterBeingToldWhatWasWrong() {
		Browser.signIn(this.browser, url(""), "nonbiri", "demo");
		this.browser.get(url("/operator-portal/drivers"));
		// のんびり uses a セダン等, so 旅路 一郎 has the セダン等運転者講習 as well
		assertThat(row(Browser.text(this.browser, "main", "旅路 一郎"), "旅路 一郎")).contains("要件を満たす")
			.doesNotContain("要件を満たさない");

		this.browser.get(url("/operator-portal/drivers/" + this.driverId + "/edit"));
		assertThat(Browser.text(this.browser, "#suspensions", "免許停止の記録はありません。")).contains("免許停止の記録はありません。");
		date("suspendedFrom", "2025-06-30");
		date("suspendedTo", "2025-06-01");
		this.browser.findElement(By.id("reason")).sendKeys("速度超過");
		this.browser.findElement(By.cssSelector("#suspensions button[type=submit].button--primary")).click();
		assertThat(Browser.text(this.browser, "#suspensions", "免許停止の終了日は開始日以降の日付にしてください。"))
			.contains("免許停止の終了日は開始日以降の日付にしてください。");
		assertThat(this.browser.getCurrentUrl()).as("the page opens at the form").endsWith("#suspensions");
		Browser.screenshot(this.browser, "driver-records-01-error");

		this.browser.findElement(By.id("suspendedTo")).clear();
		date("suspendedTo", "2025-07-29");
		this.browser.findElement(By.cssSelector("#suspensions button[type=submit].button--primary")).click();
		assertThat(Browser.text(this.browser, "#suspensions", "令和7年6月30日から令和7年7月29日まで"))
			.contains("令和7年6月30日から令和7年7月29日まで", "速度超過");
		Browser.screenshot(this.browser, "driver-records-02-recorded");

		this.browser.get(url("/operator-portal/drivers"));
		assertThat(row(Browser.text(this.browser, "main", "要件を満たさない"), "旅路 一郎")).contains("要件を満たさない");
		assertThat(Browser.text(this.browser, "main", "要件を満たさない")).contains("免許の停止（令和7年6月30日から令和7年7月29日まで）を受けています。");
	}

	/** The line of the list's text that names the driver. */
	private static String row(String text, String name) {
		return text.lines().filter((line) -> line.contains(name)).findFirst().orElseThrow();
	}

	/** Types a date into a date input as the browser expects it, whatever its locale. */
	private void date(String id, String isoDate) {
		this.browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
