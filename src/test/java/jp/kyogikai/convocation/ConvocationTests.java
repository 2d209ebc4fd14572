package jp.kyogikai.convocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.convocation.ConvocationFixture.Setup;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.meeting.MeetingForm;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.MeetingSetupService;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.member.Roster;
import jp.kyogikai.member.RosterEntry;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestData;
import jp.kyogikai.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 招集通知: the letter of the demo's seed meeting read back from the PDF, the sending to
 * a test council's members (one mail per member in office with an address, the others
 * listed for post), 再送, the warning after a change of the meeting, refusals, and who may
 * reach it.
 */
@IntegrationTest
class ConvocationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	MemberService members;

	@Autowired
	MeetingService meetings;

	@Autowired
	TestTenants tenants;

	@Autowired
	CouncilService councils;

	@Autowired
	MemberSetupService memberSetup;

	@Autowired
	MeetingSetupService meetingSetup;

	@Value("${kyogikai.base-url}")
	String baseUrl;

	long seedMeeting;

	long seedCouncil;

	@BeforeEach
	void findTheSeedMeeting() {
		this.seedMeeting = this.data.seedMeeting();
		this.seedCouncil = this.data.councilOf(this.seedMeeting);
	}

	AccountPrincipal principal(String name) {
		return this.data.principal(name);
	}

	Setup setup() {
		return new ConvocationFixture(this.tenants, this.councils, this.members, this.memberSetup, this.meetingSetup)
			.create();
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static String squeeze(String text) {
		return text.replaceAll("[\\s\\u3000]+", "");
	}

	// ---------------------------------------------------------------- the letter

	@Test
	void theLetterOfTheSeedMeetingReadsLikeTheMunicipalNotice() throws Exception {
		LocalDate letterDate = LocalDate.of(2025, 7, 1);
		byte[] pdf = this.mvc
			.perform(post("/meetings/{id}/convocation/preview", this.seedMeeting).param("documentPrefix", "佐福第")
				.param("documentNumber", "123")
				.param("letterDate", letterDate.toString())
				.with(user(principal("staff")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path previews = Path.of("target", "pdf-previews");
		Files.createDirectories(previews);
		Files.write(previews.resolve("convocation-seed.pdf"), pdf);
		String text = squeeze(text(pdf));
		Roster roster = this.members.roster(this.seedCouncil, principal("staff"), letterDate);
		String chair = roster.holder(OfficerRole.CHAIR).map(RosterEntry::name).orElseThrow();
		List<String> agenda = this.jdbc
			.sql("select title from agenda_item where meeting_id = :id order by position, id")
			.param("id", this.seedMeeting)
			.query(String.class)
			.list();
		List<String> materials = this.jdbc
			.sql("select materials from agenda_item where meeting_id = :id and materials is not null order by position")
			.param("id", this.seedMeeting)
			.query(String.class)
			.list();
		assertThat(text).contains("佐福第123号", Wareki.format(letterDate), "委員各位", "佐久市福祉有償運送運営協議会",
				squeeze("会長　" + chair), "令和7年度第1回佐久市福祉有償運送運営協議会の開催について（通知）", "記", "日時令和7年7月17日（木）午前10時00分から",
				squeeze("場所佐久市役所 議会棟 第2委員会室"), "次第", "資料", "特定非営利活動法人のんびり", "saku-fukushi@example.jp");
		for (String title : agenda) {
			assertThat(text).contains(squeeze(title));
		}
		assertThat(materials).isNotEmpty();
		for (String note : materials) {
			assertThat(text).contains(squeeze(note));
		}
		// the sender comes before the title, 記 before 日時, 次第 before 資料
		assertThat(text.indexOf("会長")).isLessThan(text.indexOf("の開催について（通知）"));
		assertThat(text.indexOf("記１日時")).isGreaterThan(text.indexOf("お願いいたします。"));
		assertThat(text.indexOf("次第")).isLessThan(text.lastIndexOf("資料No.5"));
		// a letter carries no page numbers
		assertThat(text).doesNotContain("1/1");
	}

	@Test
	void withoutAChairTheCouncilAloneSignsAndAnEmptyNumberIsLeftBlank() throws Exception {
		Setup setup = setup();
		this.jdbc.sql("update appointment set officer_role = null, officer_since = null where council_id = :c")
			.param("c", setup.tenant().councilId())
			.update();
		String text = text(this.mvc
			.perform(post("/meetings/{id}/convocation/preview", setup.meetingId()).param("documentPrefix", "テ福第")
				.param("documentNumber", "")
				.param("letterDate", "2025-09-01")
				.with(user(setup.tenant().staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(text).contains("テ福第　号").doesNotContain("会長　").contains(setup.tenant().council().getName());
		assertThat(squeeze(text)).contains("日時令和7年9月18日（木）午後2時00分から", "資料No.2福祉有償運送の状況について");
	}

	// ---------------------------------------------------------------- sending

	@Test
	void sendingQueuesOneMailPerMemberWithAnAddressListsTheOthersAndConvenesTheMeeting() throws Exception {
		Setup setup = setup();
		long meeting = setup.meetingId();
		LocalDate meetingDay = ConvocationFixture.MEETING.toLocalDate();
		Roster roster = this.members.roster(setup.tenant().councilId(), setup.tenant().staff(), meetingDay);
		Map<Long, String> emails = emails(roster);
		long withAddress = emails.values().stream().filter((e) -> e != null).count();
		assertThat(withAddress).isPositive().isLessThan(roster.size());

		this.mvc.perform(send(meeting, false).with(user(setup.tenant().staff())))
			.andExpect(redirectedUrl("/meetings/" + meeting))
			.andExpect(flash().attribute("flashMessage", "flash.convocation.sent"));

		List<Map<String, Object>> mails = mails(meeting);
		assertThat(mails).hasSize((int) withAddress);
		String council = setup.tenant().council().getName();
		for (Map<String, Object> mail : mails) {
			assertThat(mail.get("subject")).isEqualTo("【招集】令和7年度第1回" + council + "の開催について");
			assertThat(mail.get("kind")).isEqualTo("CONVOCATION");
			assertThat(mail.get("municipality_id")).isEqualTo(setup.tenant().municipality().getId());
			String body = (String) mail.get("body");
			assertThat(body).startsWith(mail.get("recipient_name") + " 様\n")
				.contains(this.baseUrl + "/member-portal/meetings/" + meeting)
				.contains("令和7年9月18日（木）午後2時00分から", "市役所 第1会議室", "テ福第45号");
		}
		assertThat(mails).extracting((m) -> m.get("recipient_address"))
			.containsExactlyInAnyOrderElementsOf(emails.values().stream().filter((e) -> e != null).toList());
		assertThat(mails).extracting((m) -> m.get("recipient_address")).doesNotContain("maeda@example.jp");

		List<Map<String, Object>> recipients = recipients(meeting);
		assertThat(recipients).hasSize(roster.size());
		for (Map<String, Object> recipient : recipients) {
			boolean hasAddress = emails.get((Long) recipient.get("member_id")) != null;
			assertThat(recipient.get("status")).isEqualTo(hasAddress ? "MAILED" : "NO_EMAIL");
			assertThat(recipient.get("mail_outbox_id") != null).isEqualTo(hasAddress);
		}
		assertThat(this.jdbc.sql("select status from meeting where id = :id")
			.param("id", meeting)
			.query(String.class)
			.single()).isEqualTo("CONVENED");
		Map<String, Object> convocation = this.jdbc.sql(
				"select document_prefix, document_number, letter_date, resend, sent_by from convocation where meeting_id = :m")
			.param("m", meeting)
			.query()
			.singleRow();
		assertThat(convocation).containsEntry("document_prefix", "テ福第")
			.containsEntry("document_number", "45")
			.containsEntry("resend", false)
			.containsEntry("sent_by", setup.tenant().staff().getUsername());
		assertThat(this.jdbc
			.sql("select count(*) from convocation_aud a join convocation c on c.id = a.id where c.meeting_id = :m")
			.param("m", meeting)
			.query(Long.class)
			.single()).isEqualTo(1);

		String noAddress = roster.entries()
			.stream()
			.filter((e) -> emails.get(e.memberId()) == null)
			.map(RosterEntry::name)
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/meetings/{id}", meeting).with(user(setup.tenant().staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("テ福第45号")))
			.andExpect(content().string(containsString(noAddress)))
			.andExpect(content().string(containsString("郵送等で送付")))
			.andExpect(content().string(containsString("招集通知を再送")))
			.andExpect(content().string(not(containsString("招集通知の送信後に日時・場所が変更されています"))));
	}

	@Test
	void aSecondSendingIsRefusedUnlessStaffChooseResendWhichGoesToEveryoneAgain() throws Exception {
		Setup setup = setup();
		long meeting = setup.meetingId();
		AccountPrincipal staff = setup.tenant().staff();
		this.mvc
			.perform(post("/meetings/{id}/convocation", meeting).param("documentPrefix", "テ福第")
				.param("letterDate", "2025-09-01")
				.param("resend", "true")
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "convocation.refused.nothingToResend"));
		assertThat(mails(meeting)).isEmpty();

		this.mvc.perform(send(meeting, false).with(user(staff)))
			.andExpect(flash().attribute("flashMessage", "flash.convocation.sent"));
		int first = mails(meeting).size();
		assertThat(first).isPositive();

		this.mvc.perform(send(meeting, false).with(user(staff)))
			.andExpect(flash().attribute("flashError", "convocation.refused.alreadySent"));
		assertThat(mails(meeting)).hasSize(first);
		assertThat(convocations(meeting)).isEqualTo(1);

		// the place changes: the page warns, and a 再送 goes to everyone again
		MeetingForm form = this.meetings.form(meeting, staff);
		form.setPlace("市役所 第2会議室");
		this.meetings.update(meeting, form, staff);
		this.mvc.perform(get("/meetings/{id}", meeting).with(user(staff)))
			.andExpect(content().string(containsString("招集通知の送信後に日時・場所が変更されています")));

		this.mvc.perform(send(meeting, true).with(user(staff)))
			.andExpect(flash().attribute("flashMessage", "flash.convocation.resent"));
		List<Map<String, Object>> mails = mails(meeting);
		assertThat(mails).hasSize(2 * first);
		assertThat(mails.subList(first, 2 * first)).allSatisfy((mail) -> {
			assertThat((String) mail.get("subject")).startsWith("【招集・再送】");
			assertThat((String) mail.get("body")).contains("市役所 第2会議室");
		});
		assertThat(convocations(meeting)).isEqualTo(2);
		this.mvc.perform(get("/meetings/{id}", meeting).with(user(staff)))
			.andExpect(content().string(not(containsString("招集通知の送信後に日時・場所が変更されています"))));
		assertThat(this.jdbc.sql("select status from meeting where id = :id")
			.param("id", meeting)
			.query(String.class)
			.single()).isEqualTo("CONVENED");
	}

	@Test
	void badInputAndAHeldMeetingAreRefusedWithAMessageAndNothingIsSent() throws Exception {
		Setup setup = setup();
		long meeting = setup.meetingId();
		AccountPrincipal staff = setup.tenant().staff();
		this.mvc
			.perform(post("/meetings/{id}/convocation", meeting).param("documentPrefix", "")
				.param("letterDate", "2025-09-01")
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "convocation.refused.form"));
		this.mvc
			.perform(post("/meetings/{id}/convocation", meeting).param("documentPrefix", "テ福第")
				.param("documentNumber", "12a")
				.param("letterDate", "2025-09-01")
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "convocation.refused.form"));
		this.mvc
			.perform(post("/meetings/{id}/convocation", meeting).param("documentPrefix", "テ福第")
				.param("letterDate", "2025-09-19")
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "convocation.refused.letterAfterMeeting"));
		this.jdbc.sql("update meeting set status = 'HELD' where id = :id").param("id", meeting).update();
		this.mvc.perform(send(meeting, false).with(user(staff)))
			.andExpect(flash().attribute("flashError", "convocation.refused.status"));
		assertThat(mails(meeting)).isEmpty();
		assertThat(convocations(meeting)).isZero();
		assertThat(this.jdbc.sql("select status from meeting where id = :id")
			.param("id", meeting)
			.query(String.class)
			.single()).isEqualTo("HELD");
	}

	// ---------------------------------------------------------------- access

	@Test
	void otherMunicipalitiesGetNotFoundMembersAndOperatorsForbiddenAndNothingIsQueued() throws Exception {
		long mailsBefore = this.jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
		String statusBefore = this.jdbc.sql("select status || version from meeting where id = :id")
			.param("id", this.seedMeeting)
			.query(String.class)
			.single();
		for (String name : List.of("staff2", "tanto", "nonbiri", "member", "chair")) {
			int expected = name.equals("staff2") ? 404 : 403;
			AccountPrincipal who = principal(name);
			for (MockHttpServletRequestBuilder request : List.of(
					get("/meetings/{id}/convocation.pdf", this.seedMeeting),
					post("/meetings/{id}/convocation/preview", this.seedMeeting).param("documentPrefix", "佐福第")
						.param("letterDate", "2025-07-01"),
					send(this.seedMeeting, false), send(this.seedMeeting, true))) {
				int actual = this.mvc.perform(request.with(user(who)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(actual).as(name).isEqualTo(expected);
			}
		}
		// without the CSRF token nothing is sent either
		this.mvc
			.perform(post("/meetings/{id}/convocation", this.seedMeeting).param("documentPrefix", "佐福第")
				.param("letterDate", "2025-07-01")
				.with(user(principal("staff"))))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).isEqualTo(mailsBefore);
		assertThat(convocations(this.seedMeeting)).isZero();
		assertThat(this.jdbc.sql("select status || version from meeting where id = :id")
			.param("id", this.seedMeeting)
			.query(String.class)
			.single()).isEqualTo(statusBefore);
		// staff of 佐久市 see the panel and the draft letter
		this.mvc.perform(get("/meetings/{id}", this.seedMeeting).with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("招集通知を送信")));
		this.mvc.perform(get("/meetings/{id}/convocation.pdf", this.seedMeeting).with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	// ---------------------------------------------------------------- helpers

	MockHttpServletRequestBuilder send(long meeting, boolean resend) {
		return post("/meetings/{id}/convocation", meeting).param("documentPrefix", "テ福第")
			.param("documentNumber", "45")
			.param("letterDate", "2025-09-01")
			.param("resend", Boolean.toString(resend))
			.with(csrf());
	}

	Map<Long, String> emails(Roster roster) {
		Map<Long, String> emails = new java.util.HashMap<>();
		for (RosterEntry entry : roster.entries()) {
			emails.put(entry.memberId(),
					this.jdbc.sql("select email from member where id = :id")
						.param("id", entry.memberId())
						.query(String.class)
						.optional()
						.orElse(null));
		}
		return emails;
	}

	List<Map<String, Object>> mails(long meeting) {
		return this.jdbc.sql("select * from mail_outbox where reference = :r order by id")
			.param("r", "meeting:" + meeting)
			.query()
			.listOfRows();
	}

	List<Map<String, Object>> recipients(long meeting) {
		return this.jdbc.sql("""
				select r.* from convocation_recipient r join convocation c on c.id = r.convocation_id
				where c.meeting_id = :m order by r.id
				""").param("m", meeting).query().listOfRows();
	}

	long convocations(long meeting) {
		return this.jdbc.sql("select count(*) from convocation where meeting_id = :m")
			.param("m", meeting)
			.query(Long.class)
			.single();
	}

}
