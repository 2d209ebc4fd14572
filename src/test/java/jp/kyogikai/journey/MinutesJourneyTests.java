package jp.kyogikai.journey;

import java.time.LocalTime;

import jp.kyogikai.application.ApplicationSetupService;
import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.attendance.AttendanceSetupService;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.UserAccount;
import jp.kyogikai.security.UserAccountRepository;
import jp.kyogikai.support.Browser;
import jp.kyogikai.support.TestDatabaseConfiguration;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.voting.DecideForm;
import jp.kyogikai.voting.DecisionFixture;
import jp.kyogikai.voting.DecisionMethod;
import jp.kyogikai.voting.ItemDecisionService;
import jp.kyogikai.voting.LiveMeetingService;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff of a held meeting draft its minutes from the record, write a speaker's statement,
 * finalise and publish them; anyone then reads them on the public page without signing
 * in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestTenants.class })
class MinutesJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	MemberSetupService memberSetup;

	@Autowired
	MeetingService meetings;

	@Autowired
	AttendanceSetupService replies;

	@Autowired
	MemberService roster;

	@Autowired
	OperatorRepository operators;

	@Autowired
	ApplicationSetupService applications;

	@Autowired
	LiveMeetingService live;

	@Autowired
	ItemDecisionService decisions;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	DecisionFixture council;

	String staff;

	@BeforeEach
	void holdTheMeeting() throws Exception {
		this.council = new DecisionFixture(this.tenants, this.memberSetup, this.meetings, this.replies, this.roster,
				this.operators, this.applications, this.jdbc);
		AccountPrincipal principal = this.council.staff();
		long meeting = this.council.meeting;
		this.live.page(meeting, principal);
		this.live.open(meeting, principal, LocalTime.of(13, 30), session());
		DecideForm form = new DecideForm();
		form.setMethod(DecisionMethod.CONSENT);
		form.setOutcome(DecisionOutcome.APPROVED);
		this.decisions.decide(meeting, this.council.item, form, principal);
		this.live.close(meeting, principal, LocalTime.of(14, 45), session());
		this.staff = "minutes-staff" + this.council.tenant.municipality().getCode();
		this.users.save(UserAccount.secretariat(this.staff, this.passwordEncoder.encode("pass-word"), "事務局 花子",
				this.council.tenant.municipality().getId()));
		this.browser = Browser.start();
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void staffDraftFinaliseAndPublishTheMinutesWhichAnyoneCanRead() {
		String base = "http://localhost:" + this.port;
		long meeting = this.council.meeting;
		Browser.signIn(this.browser, base, this.staff, "pass-word");
		this.browser.get(base + "/meetings/" + meeting);
		this.browser.findElement(By.id("minutes-link")).click();
		this.browser.findElement(By.cssSelector("form[action$='/minutes/draft'] button")).click();
		assertThat(Browser.text(this.browser, ".flash", "作りました")).isEqualTo("議事録案を作りました。");
		assertThat(Browser.text(this.browser, "#minutes-status", "議事録案")).isEqualTo("議事録案");

		// a member's question, written on the 協議事項's first empty statement row
		int section = this.jdbc.sql("select position - 1 from minutes_section where agenda_item_id = :i")
			.param("i", this.council.item)
			.query(Integer.class)
			.single();
		this.browser.findElement(By.id("sections" + section + ".statements0.speaker")).sendKeys("委員 三郎委員");
		this.browser.findElement(By.id("sections" + section + ".statements0.summary")).sendKeys("改定後の額は近隣と比べて妥当か。");
		this.browser.findElement(By.id("save-minutes")).click();
		assertThat(Browser.text(this.browser, ".flash", "保存")).isEqualTo("議事録を保存しました。");
		Browser.screenshot(this.browser, "81-minutes-draft");

		this.browser.findElement(By.id("finalise")).click();
		assertThat(Browser.text(this.browser, ".flash", "確定")).contains("議事録を確定しました。");
		assertThat(Browser.text(this.browser, "#final-sha", "")).hasSize(64);
		this.browser.findElement(By.id("publish")).click();
		assertThat(Browser.text(this.browser, ".flash", "公開")).isEqualTo("議事録を公開しました。");

		// a correction (訂正) of the published minutes: the statement, with its reason
		long statement = this.jdbc.sql("select id from minutes_statement where summary = '改定後の額は近隣と比べて妥当か。'")
			.query(Long.class)
			.single();
		this.browser.findElement(By.cssSelector("#correct-st" + statement + " summary")).click();
		this.browser.findElement(By.id("text-st" + statement)).clear();
		this.browser.findElement(By.id("text-st" + statement)).sendKeys("改定後の額は近隣の市と比べて妥当か。");
		this.browser.findElement(By.id("reason-st" + statement)).sendKeys("委員の発言の誤記");
		this.browser.findElement(By.cssSelector("#correct-st" + statement + " button")).click();
		assertThat(Browser.text(this.browser, ".flash", "訂正")).isEqualTo("議事録を訂正しました。訂正を反映したPDFを保存しました。");
		assertThat(Browser.text(this.browser, "#minutes-files", "訂正1")).contains("確定時", "公開時", "訂正1");
		this.browser.findElement(By.cssSelector("#correct-st" + statement + " summary")).click();
		this.browser.executeScript("document.getElementById('correct-st" + statement + "').scrollIntoView(false)");
		Browser.screenshot(this.browser, "83-minutes-corrected");
		this.browser.executeScript("document.getElementById('minutes-files').scrollIntoView()");
		Browser.screenshot(this.browser, "84-minutes-files");

		this.browser.manage().deleteAllCookies();
		this.browser.get(base + "/public/minutes/" + meeting);
		assertThat(Browser.text(this.browser, "main", "成立")).contains("委員9人中7人出席、過半数に達しているため会議は成立",
				"（委員 三郎委員）改定後の額は近隣の市と比べて妥当か。（", "訂正）", "異議なく原案のとおり承認された。", "訂正履歴", "委員の発言の誤記");
		this.browser.executeScript("document.querySelector('.minutes-text__corrections').scrollIntoView(false)");
		Browser.screenshot(this.browser, "82-minutes-public");
	}

	private long session() {
		return this.jdbc.sql("select version from meeting_session where meeting_id = :m")
			.param("m", this.council.meeting)
			.query(Long.class)
			.single();
	}

}
