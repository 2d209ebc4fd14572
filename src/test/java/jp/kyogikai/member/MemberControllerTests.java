package jp.kyogikai.member;

import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MemberControllerTests {

	static final LocalDate START = LocalDate.of(2024, 8, 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcClient jdbc;

	Tenant tenant;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.create();
	}

	@Test
	void aNewMemberGetsTheCharterTermAndAppearsOnTheRosterWithFurigana() throws Exception {
		long memberId = appoint("上嶋 通徳", "かみしま みちのり", "識見を有する者", START);
		assertThat(appointments(memberId)).containsExactly("2024-08-10..2025-08-09");
		this.mvc.perform(get(base() + "?date=2025-07-17").with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("かみしま みちのり"), containsString("上嶋 通徳"),
					containsString("識見を有する者"), containsString("（任期R6.8.10～R7.8.9）"), containsString("設置要綱により委員は10人以内。"),
					containsString("設置要綱により任期は1年とする。"), not(containsString("??")))));
	}

	@Test
	void blankNamesAndKatakanaFuriganaAreRejectedAndNothingIsSaved() throws Exception {
		int before = count();
		this.mvc
			.perform(post(base()).with(user(this.tenant.staff()))
				.with(csrf())
				.param("name", " ")
				.param("furigana", "カミシマ")
				.param("categoryId", category("識見を有する者"))
				.param("start", "2024-08-10"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("氏名を入力してください。"), containsString("ふりがなはひらがなで入力してください。"))));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theEleventhMemberIsRefusedWhenTheCharterAllowsTen() throws Exception {
		for (int i = 0; i < 10; i++) {
			appoint("委員" + i, "いいん", "識見を有する者", START);
		}
		this.mvc.perform(newMember("委員十一", "いいん", "市職員", START))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("設置要綱の定数（10人以内）を超えるため委嘱できません。")));
		assertThat(count()).isEqualTo(10);
		appoint("次の任期の委員", "つぎ", "市職員", LocalDate.of(2025, 8, 10));
	}

	@Test
	void aCategoryCapIsEnforced() throws Exception {
		String taxi = category("タクシー事業者");
		this.mvc
			.perform(post(categories() + "/" + taxi).with(user(this.tenant.staff()))
				.with(csrf())
				.param("name", "タクシー事業者")
				.param("cap", "1")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		appoint("一人目", "ひとりめ", "タクシー事業者", START);
		this.mvc.perform(newMember("二人目", "ふたりめ", "タクシー事業者", START))
			.andExpect(content().string(containsString("この選出区分の上限（1人以内）を超えるため委嘱できません。")));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void reappointmentAddsTheNextTermAndKeepsTheHistory() throws Exception {
		long memberId = appoint("再任 太郎", "さいにん たろう", "市職員", START);
		long first = appointmentIds(memberId).get(0);
		this.mvc
			.perform(post(appointment(first) + "/reappoint").with(user(this.tenant.staff()))
				.with(csrf())
				.param("memberId", Long.toString(memberId)))
			.andExpect(flash().attribute("flashMessage", "flash.appointment.reappointed"));
		assertThat(appointments(memberId)).containsExactly("2024-08-10..2025-08-09", "2025-08-10..2026-08-09");
		this.mvc
			.perform(post(appointment(first) + "/reappoint").with(user(this.tenant.staff()))
				.with(csrf())
				.param("memberId", Long.toString(memberId)))
			.andExpect(
					flash().attribute("flashErrorText", containsString("この委員は同じ期間（令和7年8月10日～令和8年8月9日）にすでに委嘱されています。")));
		assertThat(appointments(memberId)).hasSize(2);
		this.mvc.perform(get(base() + "/" + memberId).with(user(this.tenant.staff())))
			.andExpect(content()
				.string(allOf(containsString("令和6年8月10日～令和7年8月9日"), containsString("令和7年8月10日～令和8年8月9日"))));
	}

	@Test
	void aSubstituteServesTheRestOfThePredecessorsTerm() throws Exception {
		long predecessor = appoint("前任 一郎", "ぜんにん いちろう", "タクシー事業者", START);
		long appointmentId = appointmentIds(predecessor).get(0);
		this.mvc
			.perform(post(appointment(appointmentId) + "/end").with(user(this.tenant.staff()))
				.with(csrf())
				.param("memberId", Long.toString(predecessor))
				.param("lastDay", "2024-12-31")
				.param("reason", "一身上の都合による辞任")
				.param("version", "0"))
			.andExpect(flash().attribute("flashMessage", "flash.appointment.ended"));
		MvcResult result = this.mvc
			.perform(post(appointment(appointmentId) + "/substitute").with(user(this.tenant.staff()))
				.with(csrf())
				.param("name", "後任 二郎")
				.param("furigana", "こうにん じろう")
				.param("start", "2025-01-10"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long substitute = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		assertThat(appointments(substitute)).containsExactly("2025-01-10..2025-08-09");
		this.mvc.perform(get(base() + "?date=2025-02-01").with(user(this.tenant.staff())))
			.andExpect(content()
				.string(allOf(containsString("後任 二郎"), containsString("補欠"), not(containsString("前任 一郎")))));
		this.mvc.perform(get(base() + "?date=2024-12-31").with(user(this.tenant.staff())))
			.andExpect(content().string(allOf(containsString("前任 一郎"), not(containsString("後任 二郎")))));
	}

	@Test
	void anEarlyEndOutsideTheTermIsRefused() throws Exception {
		long memberId = appoint("退任 三郎", "たいにん さぶろう", "市職員", START);
		long appointmentId = appointmentIds(memberId).get(0);
		this.mvc
			.perform(post(appointment(appointmentId) + "/end").with(user(this.tenant.staff()))
				.with(csrf())
				.param("memberId", Long.toString(memberId))
				.param("lastDay", "2026-01-01")
				.param("reason", "辞任")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在任の最終日は任期（令和6年8月10日～令和7年8月9日）の中の日にしてください。")));
		assertThat(appointments(memberId)).containsExactly("2024-08-10..2025-08-09");
	}

	@Test
	void thereIsOneChairAtATime() throws Exception {
		long first = appoint("会長 一", "かいちょう はじめ", "識見を有する者", START);
		long second = appoint("会長 二", "かいちょう に", "識見を有する者", START);
		elect(first, "CHAIR", "2024-08-20");
		elect(second, "CHAIR", "2025-01-20");
		assertThat(this.jdbc
			.sql("select m.name from appointment a join member m on m.id = a.member_id "
					+ "where a.council_id = :c and a.officer_role = 'CHAIR'")
			.param("c", this.tenant.councilId())
			.query(String.class)
			.list()).containsExactly("会長 二");
	}

	@Test
	void aMistypedAppointmentIsCorrectedWithoutCountingItselfTwice() throws Exception {
		for (int i = 0; i < 9; i++) {
			appoint("委員" + i, "いいん", "識見を有する者", START);
		}
		long memberId = appoint("訂正 花子", "ていせい はなこ", "識見を有する者", LocalDate.of(2024, 8, 1));
		long appointmentId = appointmentIds(memberId).get(0);
		this.mvc
			.perform(post(appointment(appointmentId) + "/edit").with(user(this.tenant.staff()))
				.with(csrf())
				.param("memberId", Long.toString(memberId))
				.param("categoryId", category("市職員"))
				.param("start", "2024-08-10")
				.param("version", "0"))
			.andExpect(flash().attribute("flashMessage", "flash.appointment.corrected"));
		assertThat(appointments(memberId)).containsExactly("2024-08-10..2025-08-09");
		this.mvc.perform(get(base() + "?date=2024-09-01").with(user(this.tenant.staff())))
			.andExpect(content().string(containsString("在任 10人")));
	}

	private void elect(long memberId, String role, String since) throws Exception {
		this.mvc
			.perform(post(appointment(appointmentIds(memberId).get(0)) + "/elect").with(user(this.tenant.staff()))
				.with(csrf())
				.param("memberId", Long.toString(memberId))
				.param("role", role)
				.param("since", since))
			.andExpect(flash().attribute("flashMessage", "flash.appointment.elected"));
	}

	private long appoint(String name, String furigana, String category, LocalDate start) throws Exception {
		MvcResult result = this.mvc.perform(newMember(name, furigana, category, start))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newMember(String name,
			String furigana, String category, LocalDate start) {
		return post(base()).with(user(this.tenant.staff()))
			.with(csrf())
			.param("name", name)
			.param("furigana", furigana)
			.param("categoryId", category(category))
			.param("start", start.toString());
	}

	private String category(String name) {
		return this.jdbc.sql("select id from member_category where council_id = :c and name = :n")
			.param("c", this.tenant.councilId())
			.param("n", name)
			.query(String.class)
			.single();
	}

	private List<String> appointments(long memberId) {
		return this.jdbc
			.sql("select start_on || '..' || coalesce(ended_on, term_end_on) from appointment "
					+ "where member_id = :m order by start_on")
			.param("m", memberId)
			.query(String.class)
			.list();
	}

	private List<Long> appointmentIds(long memberId) {
		return this.jdbc.sql("select id from appointment where member_id = :m order by start_on")
			.param("m", memberId)
			.query(Long.class)
			.list();
	}

	private int count() {
		return this.jdbc.sql("select count(*) from appointment where council_id = :c")
			.param("c", this.tenant.councilId())
			.query(Integer.class)
			.single();
	}

	private String base() {
		return "/councils/" + this.tenant.councilId() + "/members";
	}

	private String categories() {
		return "/councils/" + this.tenant.councilId() + "/categories";
	}

	private String appointment(long id) {
		return "/councils/" + this.tenant.councilId() + "/appointments/" + id;
	}

}
