package jp.kyogikai.journey;

import java.time.LocalDate;
import java.time.LocalTime;

import jp.kyogikai.meeting.MeetingForm;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.Openness;
import jp.kyogikai.member.Member;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.member.PersonDetails;
import jp.kyogikai.member.rule.Term;
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
 * A member signs in, finds the coming meeting on the home page, opens it, forgets the
 * proxy's name, then replies 代理出席 with it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestTenants.class })
class AttendanceJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	MemberSetupService setup;

	@Autowired
	MeetingService meetings;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	Tenant tenant;

	String username;

	long meeting;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start();
		this.tenant = this.tenants.create();
		long category = this.jdbc.sql("select min(id) from member_category where council_id = :c")
			.param("c", this.tenant.councilId())
			.query(Long.class)
			.single();
		Member member = this.setup.createMember(this.tenant.municipality().getId(),
				new PersonDetails("中村 光一", "なかむら こういち", null, "佐久市区長会", null));
		this.setup.appoint(this.tenant.councilId(), member, category,
				Term.standard(LocalDate.now().minusMonths(1), 12));
		this.username = "attend" + this.tenant.municipality().getCode();
		this.users
			.save(UserAccount.member(this.username, this.passwordEncoder.encode("pass-word"), "中村 光一", member.getId()));
		MeetingForm form = new MeetingForm();
		form.setDate(LocalDate.now().plusDays(14));
		form.setStartTime(LocalTime.of(13, 30));
		form.setPlace("市役所 第1会議室");
		form.setOpenness(Openness.PUBLIC);
		this.meeting = this.meetings.create(this.tenant.councilId(), form, this.tenant.staff());
		this.meetings.changeStatus(this.meeting, MeetingStatus.CONVENED, 0, this.tenant.staff());
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aMemberRepliesThatAProxyWillAttend() {
		Browser.signIn(this.browser, url(""), this.username, "pass-word");
		assertThat(text("#member-meetings + ul", "未回答")).contains("市役所 第1会議室");
		this.browser.findElement(By.cssSelector("a[href='/member-portal/meetings/" + this.meeting + "']")).click();
		assertThat(text("h1", "第1回")).contains("第1回");
		Browser.screenshot(this.browser, "61-member-meeting");

		this.browser.findElement(By.cssSelector("input[name=reply][value=PROXY]")).click();
		this.browser.findElement(By.cssSelector("form[action$='/reply'] button[type=submit]")).click();
		assertThat(text("#proxyName-error", "氏名")).isEqualTo("代理出席の場合は、代理出席者の氏名を入力してください。");

		this.browser.findElement(By.id("proxyName")).sendKeys("佐藤 花子（区長会 副会長）");
		this.browser.findElement(By.cssSelector("form[action$='/reply'] button[type=submit]")).click();
		assertThat(text(".flash--success", "回答を送りました")).startsWith("回答を送りました。");
		assertThat(text("[aria-labelledby=reply-heading]", "代理")).contains("（代理：佐藤 花子（区長会 副会長））");
		Browser.screenshot(this.browser, "62-member-replied");
	}

	private String text(String css, String expected) {
		return Browser.text(this.browser, css, expected);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
