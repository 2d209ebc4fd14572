package jp.kyogikai.meeting;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kyogikai.application.ApplicationSetupService;
import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.ApplicationType;
import jp.kyogikai.application.rule.DistanceFare;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.AttachmentKind;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.Registries;
import jp.kyogikai.support.SqlStatements;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Meetings and their 次第 through the pages, in a test's own municipality: numbering per
 * 年度, the usual 次第, reordering, linking and unlinking applications (their status
 * follows), refusals with a message and nothing changed, 継続審議.
 */
@IntegrationTest
class MeetingControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTenants tenants;

	@Autowired
	OperatorRepository operators;

	@Autowired
	ApplicationSetupService applications;

	@Autowired
	SqlStatements statements;

	Tenant tenant;

	long operator;

	@BeforeEach
	void tenant() {
		this.tenant = this.tenants.create();
		this.operator = Registries.operator(this.operators, this.tenant, "特定非営利活動法人 テスト");
	}

	long create(String date, String number) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/councils/{id}/meetings", this.tenant.councilId()).param("date", date)
				.param("startTime", "10:00")
				.param("number", number)
				.param("place", "市役所 第1会議室")
				.param("openness", "PUBLIC")
				.param("version", "0")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/meetings/");
		return Long.parseLong(location.substring("/meetings/".length()));
	}

	Map<String, Object> meeting(long id) {
		return this.jdbc.sql("select fiscal_year, number, status, version from meeting where id = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

	List<String> titles(long meetingId) {
		return this.jdbc.sql("select title from agenda_item where meeting_id = :m order by position, id")
			.param("m", meetingId)
			.query(String.class)
			.list();
	}

	long itemId(long meetingId, String title) {
		return this.jdbc.sql("select id from agenda_item where meeting_id = :m and title = :t")
			.param("m", meetingId)
			.param("t", title)
			.query(Long.class)
			.single();
	}

	String applicationStatus(long id) {
		return this.jdbc.sql("select status from application where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	long received(ApplicationType type) throws Exception {
		long id = draft(type);
		this.applications.act(id, ApplicationAction.SUBMIT, "op", "担当", Instant.now());
		this.applications.act(id, ApplicationAction.RECEIVE, "staff", "職員", Instant.now());
		return id;
	}

	long draft(ApplicationType type) throws Exception {
		long id = this.applications.draft(this.tenant.municipality().getId(), this.operator, type, Set.of(), "テスト市全域",
				"燃料費が上がったため。", null, "op", "担当", Instant.now());
		attachFareDocuments(id);
		return id;
	}

	void attachFareDocuments(long id) throws Exception {
		this.applications.propose(id, FareSchedule.of(new DistanceFare(2_000, 300, 1_000, 100)), null);
		this.applications.attach(id, AttachmentKind.FARE_TABLE, pdf(), "対価表.pdf");
		this.applications.attach(id, AttachmentKind.COST_BASIS, pdf(), "算定根拠.pdf");
	}

	static byte[] pdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	@Test
	void numbersFollowTheFiscalYearAndThe31stOfMarchBelongsToThePreviousOne() throws Exception {
		long march31 = create("2026-03-31", "");
		long april1 = create("2026-04-01", "");
		long march10 = create("2026-03-10", "");
		assertThat(meeting(march31)).containsEntry("fiscal_year", 2025).containsEntry("number", 1);
		assertThat(meeting(april1)).containsEntry("fiscal_year", 2026).containsEntry("number", 1);
		assertThat(meeting(march10)).containsEntry("fiscal_year", 2025).containsEntry("number", 2);
		this.mvc.perform(get("/councils/{id}/meetings/new", this.tenant.councilId()).with(user(this.tenant.staff())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/meetings/{id}/edit", april1).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-04-01\"")))
			.andExpect(content().string(containsString("value=\"10:00\"")));
		this.mvc
			.perform(get("/meetings/{id}/items/{i}/edit", april1, itemId(april1, "閉会")).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"閉会\"")));
	}

	@Test
	void aTakenNumberIsRefusedWithAMessageAndNothingIsStored() throws Exception {
		create("2025-07-17", "1");
		long before = count();
		this.mvc
			.perform(post("/councils/{id}/meetings", this.tenant.councilId()).param("date", "2026-01-20")
				.param("startTime", "14:00")
				.param("number", "1")
				.param("place", "市役所")
				.param("openness", "PUBLIC")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("令和7年度の第1回はすでに登録されています。")));
		assertThat(count()).isEqualTo(before);
	}

	long count() {
		return this.jdbc.sql("select count(*) from meeting where council_id = :c")
			.param("c", this.tenant.councilId())
			.query(Long.class)
			.single();
	}

	@Test
	void aNewMeetingStartsFromTheUsualAgendaWhichStaffReorderAndEdit() throws Exception {
		long id = create("2025-10-02", "");
		assertThat(titles(id)).containsExactly("開会", "資料確認", "自己紹介", "会長あいさつ", "報告事項", "協議事項", "その他", "閉会");
		long greeting = itemId(id, "会長あいさつ");
		this.mvc
			.perform(post("/meetings/{id}/items/{i}/move", id, greeting).param("up", "true")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.agenda.moved"));
		assertThat(titles(id)).containsExactly("開会", "資料確認", "会長あいさつ", "自己紹介", "報告事項", "協議事項", "その他", "閉会");
		this.mvc
			.perform(post("/meetings/{id}/items/{i}/move", id, itemId(id, "閉会")).param("up", "false")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(titles(id)).endsWith("閉会");
		this.mvc
			.perform(post("/meetings/{id}/items", id).param("kind", "REPORT")
				.param("title", "福祉有償運送について")
				.param("materials", "資料No.3、4")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(titles(id)).endsWith("閉会", "福祉有償運送について");
		long report = itemId(id, "報告事項");
		long version = this.jdbc.sql("select version from agenda_item where id = :id")
			.param("id", report)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/meetings/{id}/items/{i}/edit", id, report).param("kind", "REPORT")
				.param("title", "事業報告")
				.param("version", Long.toString(version))
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/meetings/{id}/items/{i}/delete", id, itemId(id, "その他")).with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(titles(id)).containsExactly("開会", "資料確認", "会長あいさつ", "自己紹介", "事業報告", "協議事項", "閉会", "福祉有償運送について");
		this.mvc.perform(get("/meetings/{id}", id).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("福祉有償運送について ・・・資料No.3、4")));
	}

	@Test
	void linkingPutsTheApplicationOnTheAgendaAndUnlinkingOrDeletingTakesItOff() throws Exception {
		long id = create("2025-10-02", "");
		long deliberation = itemId(id, "協議事項");
		long application = received(ApplicationType.FARE_CHANGE);
		this.mvc.perform(get("/meetings/{id}", id).with(user(this.tenant.staff())))
			.andExpect(content().string(containsString("value=\"" + application + "\"")));
		link(id, deliberation, application).andExpect(flash().attribute("flashMessage", "flash.agenda.linked"));
		assertThat(applicationStatus(application)).isEqualTo("ON_AGENDA");
		this.mvc.perform(get("/meetings/{id}", id).with(user(this.tenant.staff())))
			.andExpect(content().string(containsString("・特定非営利活動法人 テスト")));
		this.mvc
			.perform(post("/meetings/{id}/items/{i}/unlink", id, deliberation).with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.agenda.unlinked"));
		assertThat(applicationStatus(application)).isEqualTo("RECEIVED");
		link(id, deliberation, application);
		assertThat(applicationStatus(application)).isEqualTo("ON_AGENDA");
		this.mvc
			.perform(post("/meetings/{id}/items/{i}/delete", id, deliberation).with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(applicationStatus(application)).isEqualTo("RECEIVED");
	}

	@Test
	void anApplicationNotReceivedOrOfAnotherMunicipalityIsRefusedWithAMessage() throws Exception {
		long id = create("2025-10-02", "");
		long deliberation = itemId(id, "協議事項");
		long submitted = draft(ApplicationType.FARE_CHANGE);
		this.applications.act(submitted, ApplicationAction.SUBMIT, "op", "担当", Instant.now());
		link(id, deliberation, submitted)
			.andExpect(flash().attribute("flashError", "meeting.refused.applicationNotReceived"));
		assertThat(applicationStatus(submitted)).isEqualTo("SUBMITTED");
		Tenant other = this.tenants.create();
		long otherOperator = Registries.operator(this.operators, other, "特定非営利活動法人 よそ");
		long foreign = this.applications.draft(other.municipality().getId(), otherOperator, ApplicationType.FARE_CHANGE,
				Set.of(), "よそ市", "理由", null, "op", "担当", Instant.now());
		attachFareDocuments(foreign);
		this.applications.act(foreign, ApplicationAction.SUBMIT, "op", "担当", Instant.now());
		this.applications.act(foreign, ApplicationAction.RECEIVE, "staff", "職員", Instant.now());
		link(id, deliberation, foreign)
			.andExpect(flash().attribute("flashError", "meeting.refused.applicationUnknown"));
		assertThat(applicationStatus(foreign)).isEqualTo("RECEIVED");
		long received = received(ApplicationType.FARE_CHANGE);
		link(id, itemId(id, "開会"), received)
			.andExpect(flash().attribute("flashError", "meeting.refused.notDeliberation"));
		assertThat(applicationStatus(received)).isEqualTo("RECEIVED");
		assertThat(
				this.jdbc.sql("select count(*) from agenda_item where meeting_id = :m and application_id is not null")
					.param("m", id)
					.query(Long.class)
					.single())
			.isZero();
	}

	@Test
	void anApplicationOnTheAgendaOfNoMeetingIsNeitherOfferedNorLinked() throws Exception {
		long id = create("2025-10-02", "");
		long deliberation = itemId(id, "協議事項");
		long held = received(ApplicationType.FARE_CHANGE);
		// put on the agenda outside any 次第, as a written deliberation (書面協議) does
		this.applications.act(held, ApplicationAction.PUT_ON_AGENDA, "staff", "職員", Instant.now());
		long free = received(ApplicationType.FARE_CHANGE);
		this.mvc.perform(get("/meetings/{id}", id).with(user(this.tenant.staff())))
			.andExpect(content().string(containsString("value=\"" + free + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"" + held + "\""))));
		link(id, deliberation, held).andExpect(flash().attribute("flashError", "meeting.refused.applicationElsewhere"));
		assertThat(applicationStatus(held)).isEqualTo("ON_AGENDA");
		assertThat(this.jdbc.sql("select count(*) from agenda_item where application_id = :a")
			.param("a", held)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anItemContinuedFromAnEarlierMeetingShowsWhereItCameFrom() throws Exception {
		long first = create("2025-07-17", "");
		long application = received(ApplicationType.FARE_CHANGE);
		link(first, itemId(first, "協議事項"), application);
		long second = create("2025-10-02", "");
		link(second, itemId(second, "協議事項"), application);
		Long carried = this.jdbc.sql("select carried_from_item_id from agenda_item where id = :id")
			.param("id", itemId(second, "協議事項"))
			.query(Long.class)
			.single();
		assertThat(carried).isEqualTo(itemId(first, "協議事項"));
		this.mvc.perform(get("/meetings/{id}", second).with(user(this.tenant.staff())))
			.andExpect(content().string(containsString("継続審議：第1回（令和7年7月17日）から")));
	}

	@Test
	void everyChangeOfTheMeetingAndItsAgendaIsAuditedWithWhoAndWhen() throws Exception {
		long id = create("2025-10-02", "");
		long report = itemId(id, "報告事項");
		this.mvc
			.perform(post("/meetings/{id}/items/{i}/edit", id, report).param("kind", "REPORT")
				.param("title", "事業報告")
				.param("version", "0")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/meetings/{id}/status", id).param("to", "CONVENED")
				.param("version", meeting(id).get("version").toString())
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String staff = this.tenant.staff().getUsername();
		assertThat(this.jdbc
			.sql("select a.status || ' ' || r.username from meeting_aud a join audit_revision r on r.id = a.rev"
					+ " where a.id = :id order by a.rev")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("PLANNED " + staff, "CONVENED " + staff);
		assertThat(this.jdbc.sql("select title from agenda_item_aud where id = :id order by rev")
			.param("id", report)
			.query(String.class)
			.list()).containsExactly("報告事項", "事業報告");
		assertThat(this.jdbc.sql("select count(*) from agenda_item_aud where meeting_id = :id and revtype = 0")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(titles(id).size());
	}

	@Test
	void theMeetingPageSendsAsManyStatementsForFourLinkedItemsAsForOne() throws Exception {
		int one = statementsForAgendaOf(1, "2025-05-08", "2025-06-05");
		int four = statementsForAgendaOf(4, "2025-08-07", "2025-09-04");
		System.out.printf("SQL statements for the meeting page: 1 continued 協議事項 %d, 4 continued 協議事項 %d%n", one, four);
		assertThat(four).isEqualTo(one);
		// the page checks the meeting once and hands it to its panels (materials,
		// convocation, replies): 51 statements before they shared it, 26 since
		assertThat(four).as(this.statements::sent).isLessThanOrEqualTo(26);
	}

	private int statementsForAgendaOf(int deliberations, String earlierDate, String laterDate) throws Exception {
		long earlier = create(earlierDate, "");
		long later = create(laterDate, "");
		for (int i = 1; i < deliberations; i++) {
			for (long meeting : List.of(earlier, later)) {
				this.mvc
					.perform(post("/meetings/{id}/items", meeting).param("kind", "DELIBERATION")
						.param("title", "協議事項" + i)
						.with(user(this.tenant.staff()))
						.with(csrf()))
					.andExpect(status().is3xxRedirection());
			}
		}
		List<Long> earlierItems = deliberationItems(earlier);
		List<Long> laterItems = deliberationItems(later);
		assertThat(laterItems).hasSize(deliberations);
		for (int i = 0; i < deliberations; i++) {
			long application = received(ApplicationType.FARE_CHANGE);
			link(earlier, earlierItems.get(i), application);
			link(later, laterItems.get(i), application);
		}
		this.statements.reset();
		this.mvc.perform(get("/meetings/{id}", later).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("継続審議：第")));
		return this.statements.count();
	}

	private List<Long> deliberationItems(long meeting) {
		return this.jdbc
			.sql("select id from agenda_item where meeting_id = :m and kind = 'DELIBERATION' order by position, id")
			.param("m", meeting)
			.query(Long.class)
			.list();
	}

	@Test
	void statusMovesOnlyAsTheRuleAllows() throws Exception {
		long id = create("2025-10-02", "");
		this.mvc
			.perform(post("/meetings/{id}/status", id).param("to", "PUBLISHED")
				.param("version", meeting(id).get("version").toString())
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "meeting.refused.status"));
		assertThat(meeting(id)).containsEntry("status", "PLANNED");
		this.mvc
			.perform(post("/meetings/{id}/status", id).param("to", "CONVENED")
				.param("version", meeting(id).get("version").toString())
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.meeting.status"));
		assertThat(meeting(id)).containsEntry("status", "CONVENED");
	}

	private org.springframework.test.web.servlet.ResultActions link(long meeting, long item, long application)
			throws Exception {
		AccountPrincipal staff = this.tenant.staff();
		return this.mvc.perform(
				post("/meetings/{id}/items/{i}/link", meeting, item).param("applicationId", Long.toString(application))
					.with(user(staff))
					.with(csrf()));
	}

}
