package jp.kyogikai.journey;

import jp.kyogikai.support.Browser;
import jp.kyogikai.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * Staff open the seed meeting's live screen on a tablet, see the quorum from the replies,
 * mark a member's departure and see the quorum line change, then mark the return.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class LiveMeetingJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	long meeting;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start();
		this.meeting = this.jdbc.sql("""
				select m.id from meeting m join council c on c.id = m.council_id
				where c.name = '佐久市福祉有償運送運営協議会' and m.starts_at = timestamptz '2025-07-17 10:00+09'
				""").query(Long.class).single();
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
		// the seed stays as other tests expect it: nobody has left
		this.jdbc.sql("update meeting_attendance set left_at = null where meeting_id = :m")
			.param("m", this.meeting)
			.update();
	}

	@Test
	void staffMarkADepartureAndSeeTheQuorumChange() {
		Browser.signIn(this.browser, "http://localhost:" + this.port, "staff", "demo");
		this.browser.manage().window().setSize(new Dimension(1024, 768));
		this.browser.get("http://localhost:" + this.port + "/meetings/" + this.meeting);
		this.browser.findElement(By.cssSelector("a[href='/meetings/" + this.meeting + "/live']")).click();
		assertThat(Browser.text(this.browser, "#quorum-statement", "成立")).isEqualTo("委員9人中7人出席、過半数に達しているため会議は成立");
		assertThat(Browser.text(this.browser, "#presiding", "会長")).contains("会長 中村 光一");
		Browser.screenshot(this.browser, "71-live-meeting-1024x768");
		this.browser.manage().window().setSize(new Dimension(768, 1024));
		Browser.screenshot(this.browser, "71-live-meeting-768x1024");

		long member = this.jdbc.sql("""
				select a.member_id from meeting_attendance a join member p on p.id = a.member_id
				where a.meeting_id = :m and p.name = '村井 誠一'
				""").param("m", this.meeting).query(Long.class).single();
		this.browser.findElement(By.cssSelector("#member-" + member + " form[action$='/departure'] button")).click();
		assertThat(Browser.text(this.browser, "#quorum-statement", "6人")).isEqualTo("委員9人中6人出席、過半数に達しているため会議は成立");
		assertThat(Browser.text(this.browser, "#member-" + member, "退席")).contains("退席 午");
		Browser.screenshot(this.browser, "72-live-meeting-departure");

		this.browser.findElement(By.cssSelector("#member-" + member + " form[action$='/return'] button")).click();
		assertThat(Browser.text(this.browser, "#quorum-statement", "7人")).isEqualTo("委員9人中7人出席、過半数に達しているため会議は成立");
	}

}
