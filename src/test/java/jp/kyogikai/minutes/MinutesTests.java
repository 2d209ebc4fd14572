package jp.kyogikai.minutes;

import java.security.MessageDigest;
import java.time.LocalTime;
import java.util.HexFormat;

import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.document.VeraPdf;
import jp.kyogikai.material.MaterialForm;
import jp.kyogikai.material.MaterialKind;
import jp.kyogikai.material.MaterialService;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestData;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.voting.AttendeeKind;
import jp.kyogikai.voting.DecisionFixture;
import jp.kyogikai.voting.HeldMeetings;
import jp.kyogikai.voting.LiveMeetingService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Minutes from draft to publication on a test's own nine-member council: the meeting held
 * with seven present (委員 五郎, linked to the applicant, recused), the item decided by
 * consent, then the draft, edits, signers, finalising (immutable through every URL and in
 * the database), publishing (names masked, confidential materials withheld) and access.
 */
@IntegrationTest
class MinutesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	MeetingService meetings;

	@Autowired
	LiveMeetingService live;

	@Autowired
	HeldMeetings held;

	@Autowired
	TestTenants tenants;

	@Autowired
	MaterialService materials;

	@Autowired
	MinutesService minutes;

	DecisionFixture f;

	long meeting;

	long confidential;

	long open;

	long rosterMaterial;

	long laterWithheld;

	@BeforeEach
	void holdTheMeeting() throws Exception {
		this.f = this.held.council();
		this.meeting = this.f.meeting;
		AccountPrincipal staff = this.f.staff();
		this.open = this.materials.add(this.meeting, material(MaterialKind.CHARTER, "設置要綱", false), staff);
		this.laterWithheld = this.materials.add(this.meeting, material(MaterialKind.CHARTER, "後から非公開にする資料", false),
				staff);
		this.rosterMaterial = this.materials.add(this.meeting, material(MaterialKind.ROSTER, "委員名簿", false), staff);
		this.confidential = this.materials.add(this.meeting, material(MaterialKind.CHARTER, "非公開の資料", true), staff);
		this.live.addAttendee(this.meeting, staff, AttendeeKind.SECRETARIAT, "事務 花子", "テスト市福祉課 主査", null);
		this.live.addAttendee(this.meeting, staff, AttendeeKind.EXPLAINER, "説明 太郎", "特定非営利活動法人 ぎけつ 理事長", this.f.item);
		this.live.observers(this.meeting, staff, 1, this.held.session(this.f));
		// 委員 七郎 sends a proxy; 委員 八郎, who had not replied, comes late
		this.live.mark(this.meeting, this.f.member(6), staff, Attendance.PROXY, "代理 花子", markVersion(6));
		this.live.arrive(this.meeting, this.f.member(7), staff, LocalTime.of(13, 50), markVersion(7));
		this.held.hold(this.f, "燃料費の上昇により、距離制運賃を改定したい。", "委員 三郎委員：改定後の額はタクシーの半額程度か。\n説明 太郎：おおむね半額です。",
				LocalTime.of(15, 0));
	}

	private static MaterialForm material(MaterialKind kind, String title, boolean confidential) {
		MaterialForm form = new MaterialForm();
		form.setKind(kind);
		form.setTitle(title);
		form.setConfidential(confidential);
		return form;
	}

	@Test
	void draftFromTheRecordReadsLikeMinutes() throws Exception {
		act("/minutes/draft");
		assertThat(meetingStatus()).isEqualTo("MINUTES_DRAFT");
		String draft = sections();
		assertThat(draft).contains("出席委員（8人）", "会長 一郎（会長）", "代理 花子（委員 七郎委員代理）", "委員 八郎（午後1時50分遅参）", "欠席委員（1人）：委員 九郎",
				"テスト市福祉課 主査　事務 花子", "特定非営利活動法人 ぎけつ 理事長　説明 太郎（対価の変更について）", "傍聴者：1人",
				"委員9人中7人出席（代理出席1人を含む）、過半数に達しているため会議は成立", "午後1時30分から午後3時00分まで", "委員 五郎委員は、本件に利害関係を有するため、審議及び議決に加わらなかった。",
				"議長が諮ったところ、異議なく原案のとおり承認された。");
		assertThat(this.jdbc.sql("""
				select string_agg(speaker || '=' || summary, '|' order by position) from minutes_statement
				where section_id = (select id from minutes_section where kind = 'ITEM' and agenda_item_id = :i)""")
			.param("i", this.f.item)
			.query(String.class)
			.single()).isEqualTo("説明 太郎=燃料費の上昇により、距離制運賃を改定したい。" + "|委員 三郎委員=改定後の額はタクシーの半額程度か。|説明 太郎=おおむね半額です。");
		this.mvc.perform(get("/meetings/{id}/minutes", this.meeting).with(user(this.f.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"sections[0].heading\"")))
			.andExpect(content().string(containsString("value=\"委員 三郎委員\"")))
			.andExpect(content().string(containsString("id=\"finalise\"")));
		String pdf = text(this.mvc.perform(get("/meetings/{id}/minutes.pdf", this.meeting).with(user(this.f.staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(pdf.replaceAll("\\R", "")).contains("議事録（案）", "委員9人中7人出席（代理出席1人を含む）、過半数に達しているため会議は成立", "会長 一郎",
				"原案のとおり承認された");
	}

	@Test
	void editsAreSavedAndAStalePageIsRefused() throws Exception {
		act("/minutes/draft");
		long version = minutesVersion();
		long itemSection = itemSection();
		MockHttpServletRequestBuilder edit = editForm(version, "sections[" + index(itemSection) + "].body",
				"異議なく承認された。");
		this.mvc.perform(edit.with(user(this.f.staff())).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.saved"));
		assertThat(this.jdbc.sql("select body from minutes_section where id = :s")
			.param("s", itemSection)
			.query(String.class)
			.single()).isEqualTo("異議なく承認された。");
		assertThat(minutesVersion()).isGreaterThan(version);
		// who changed what, and when: the audit keeps the edit under the staff user
		assertThat(this.jdbc.sql("""
				select count(*) from minutes_section_aud a join audit_revision r on r.id = a.rev
				where a.id = :s and a.body = '異議なく承認された。' and r.username = :u""")
			.param("s", itemSection)
			.param("u", this.f.staff().getUsername())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from minutes_aud a join audit_revision r on r.id = a.rev
				where a.meeting_id = :m and r.username = :u""")
			.param("m", this.meeting)
			.param("u", this.f.staff().getUsername())
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
		// the same form again, from the page opened before the save
		this.mvc
			.perform(editForm(version, "sections[" + index(itemSection) + "].body", "別の文").with(user(this.f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "stale"));
		assertThat(this.jdbc.sql("select body from minutes_section where id = :s")
			.param("s", itemSection)
			.query(String.class)
			.single()).isEqualTo("異議なく承認された。");
	}

	@Test
	void signersAreRequiredWhenThePolicyAsksAndFinalMinutesNeverChange() throws Exception {
		policy(2, true);
		act("/minutes/draft");
		act("/minutes/finalise", "version", String.valueOf(minutesVersion()))
			.andExpect(flash().attribute("flashErrorText", "議事録署名人を2人選んでください（選ばれているのは0人です）。"));
		assertThat(meetingStatus()).isEqualTo("MINUTES_DRAFT");
		// an absent member cannot sign, nor one represented by a proxy
		for (int absent : new int[] { 8, 6 }) {
			this.mvc
				.perform(editForm(minutesVersion()).param("signerIds[0]", String.valueOf(this.f.member(absent)))
					.with(user(this.f.staff()))
					.with(csrf()))
				.andExpect(content().string(containsString("会議に本人が出席した委員から選んでください")));
		}
		// the presiding member signs as 議長 already
		this.mvc
			.perform(editForm(minutesVersion(), "signerIds[0]", String.valueOf(this.f.member(0)), "presidingName",
					DecisionFixture.NAMES[0])
				.with(user(this.f.staff()))
				.with(csrf()))
			.andExpect(content().string(containsString("議事録署名人にはほかの委員を選んでください")));
		this.mvc
			.perform(editForm(minutesVersion()).param("signerIds[0]", String.valueOf(this.f.member(2)))
				.param("signerIds[1]", String.valueOf(this.f.member(3)))
				.with(user(this.f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.saved"));
		act("/minutes/finalise", "version", String.valueOf(minutesVersion()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.finalised"));
		assertThat(meetingStatus()).isEqualTo("MINUTES_FINAL");
		byte[] first = pdfBytes();
		String sha = this.jdbc
			.sql("select f.sha256 from stored_file f join minutes m on m.final_file_id = f.id where m.meeting_id = :m")
			.param("m", this.meeting)
			.query(String.class)
			.single();
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first))).isEqualTo(sha);
		VeraPdf.Result archival = VeraPdf.validate(first);
		assertThat(archival.failures()).as("PDF/A-2B rules failed").isEmpty();
		assertThat(archival.compliant()).isTrue();
		assertThat(text(first)).contains("議事録署名人", "委員 三郎", "委員 四郎", "上記のとおり相違ないことを証するため").doesNotContain("（案）");
		String before = sections();
		long version = minutesVersion();
		// every URL that changes minutes is refused, and nothing changes
		act("/minutes", "version", String.valueOf(version))
			.andExpect(content().string(containsString("確定した議事録は変更できません。")));
		this.mvc.perform(editForm(version).with(user(this.f.staff())).with(csrf()))
			.andExpect(content().string(containsString("確定した議事録は変更できません。")));
		act("/minutes/redraft", "version", String.valueOf(version))
			.andExpect(flash().attribute("flashErrorText", "確定した議事録は変更できません。"));
		act("/minutes/finalise", "version", String.valueOf(version))
			.andExpect(flash().attribute("flashErrorText", "確定した議事録は変更できません。"));
		act("/minutes/draft").andExpect(flash().attribute("flashErrorText", "この会議の議事録はすでにあります。"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/meetings/{id}/live/items/{item}/correct", this.meeting, this.f.item)
				.param("outcome", "APPROVED_WITH_CONDITIONS")
				.param("conditions", "1年後に報告すること")
				.param("reason", "条件の記録漏れ")
				.with(user(this.f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashErrorText", "議事録が確定しているため、議決を訂正できません。"));
		assertThat(this.jdbc.sql("select outcome from item_decision where agenda_item_id = :i")
			.param("i", this.f.item)
			.query(String.class)
			.single()).isEqualTo("APPROVED");
		act("/status", "to", "MINUTES_DRAFT").andExpect(flash().attribute("flashError", "meeting.refused.status"));
		assertThat(sections()).isEqualTo(before);
		assertThat(pdfBytes()).isEqualTo(first);
		assertThat(meetingStatus()).isEqualTo("MINUTES_FINAL");
		// and the database refuses it whoever asks
		assertThatThrownBy(() -> this.jdbc.sql(
				"update minutes_section set body = 'x' where minutes_id = (select id from minutes where meeting_id = :m)")
			.param("m", this.meeting)
			.update()).hasMessageContaining("final minutes");
		assertThatThrownBy(() -> this.jdbc.sql("update minutes set title = 'x' where meeting_id = :m")
			.param("m", this.meeting)
			.update()).hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> this.jdbc
			.sql("delete from minutes_signer where minutes_id = (select id from minutes where meeting_id = :m)")
			.param("m", this.meeting)
			.update()).hasMessageContaining("final minutes");
	}

	@Test
	void publishedMinutesAreReadableWithoutLoginWithNamesMaskedAndNoConfidentialMaterial() throws Exception {
		policy(0, true);
		act("/minutes/draft");
		this.mvc.perform(get("/public/minutes/{id}", this.meeting)).andExpect(status().isNotFound());
		this.mvc
			.perform(editForm(minutesVersion()).param("masks[0].name", "委員 三郎")
				.param("masks[0].alias", "Ａ委員")
				.with(user(this.f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.saved"));
		this.mvc.perform(get("/meetings/{id}/minutes/public-preview", this.meeting).with(user(this.f.staff())))
			.andExpect(content().string(containsString("（Ａ委員）")))
			.andExpect(content().string(containsString("改定後の額はタクシーの半額程度か。")))
			.andExpect(content().string(not(containsString("委員 三郎"))));
		act("/minutes/finalise", "version", String.valueOf(minutesVersion()));
		this.mvc.perform(get("/public/minutes/{id}", this.meeting)).andExpect(status().isNotFound());
		// after the meeting, before publishing, staff withhold one more material
		this.mvc.perform(get("/meetings/{id}/minutes", this.meeting).with(user(this.f.staff())))
			.andExpect(content().string(containsString("載せない（人の名前を含む資料）")))
			.andExpect(content().string(containsString("後から非公開にする資料")));
		act("/minutes/materials/" + this.laterWithheld + "/confidential", "confidential", "true", "version",
				String.valueOf(materialVersion(this.laterWithheld)))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.material"));
		act("/minutes/publish", "version", String.valueOf(minutesVersion()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.published"));
		act("/minutes/materials/" + this.laterWithheld + "/confidential", "confidential", "false", "version",
				String.valueOf(materialVersion(this.laterWithheld)))
			.andExpect(flash().attribute("flashError", "material.refused.published"));
		assertThat(meetingStatus()).isEqualTo("PUBLISHED");
		this.mvc.perform(get("/public/minutes/{id}", this.meeting))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("委員9人中7人出席（代理出席1人を含む）、過半数に達しているため会議は成立")))
			.andExpect(content().string(containsString("Ａ委員")))
			.andExpect(content().string(not(containsString("委員 三郎"))))
			.andExpect(content().string(containsString("設置要綱")))
			.andExpect(content().string(not(containsString("非公開の資料"))))
			.andExpect(content().string(not(containsString("後から非公開にする資料"))))
			// the roster names every member: never on the public page
			.andExpect(content().string(not(containsString("委員名簿"))));
		byte[] pdf = this.mvc.perform(get("/public/minutes/{id}/minutes.pdf", this.meeting))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("Ａ委員", "原案のとおり承認された").doesNotContain("委員 三郎", "委員三郎");
		this.mvc.perform(get("/public/minutes/{id}/materials/{m}", this.meeting, this.open)).andExpect(status().isOk());
		this.mvc.perform(get("/public/minutes/{id}/materials/{m}", this.meeting, this.confidential))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/public/minutes/{id}/materials/{m}", this.meeting, this.rosterMaterial))
			.andExpect(status().isNotFound());
		String code = this.f.tenant.municipality().getCode();
		this.mvc.perform(get("/public/municipalities/{code}/minutes", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/public/minutes/" + this.meeting)));
		// the staff's PDF keeps every name
		assertThat(text(pdfBytes())).contains("委員 三郎");
		// the published text stays as published when the policy changes afterwards
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/councils/{id}/minutes-policy", this.f.tenant.councilId())
			.param("signerCount", "2")
			.param("version",
					String.valueOf(this.jdbc.sql("select version from minutes_policy where council_id = :c")
						.param("c", this.f.tenant.councilId())
						.query(Long.class)
						.single()))
			.with(user(this.f.staff()))
			.with(csrf())).andExpect(flash().attribute("flashMessage", "flash.minutes.policy"));
		this.mvc.perform(get("/public/minutes/{id}", this.meeting))
			.andExpect(content().string(containsString("Ａ委員")))
			.andExpect(content().string(not(containsString("委員 三郎"))))
			.andExpect(content().string(not(containsString("議事録署名人"))));
		// and the meeting's particulars can no longer change
		assertThatThrownBy(() -> this.meetings.update(this.meeting, this.meetings.form(this.meeting, this.f.staff()),
				this.f.staff()))
			.hasMessageContaining("meeting.refused.minutesFinal");
		act("/minutes/publish", "version", String.valueOf(minutesVersion()))
			.andExpect(flash().attribute("flashErrorText", "公開できるのは、確定してまだ公開していない議事録です。"));
	}

	@Test
	void onlyTheCouncilsStaffReachTheMinutes() throws Exception {
		act("/minutes/draft");
		AccountPrincipal other = this.tenants.create().staff();
		this.mvc.perform(get("/meetings/{id}/minutes", this.meeting).with(user(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/{id}/minutes.pdf", this.meeting).with(user(other)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/meetings/{id}/minutes/finalise", this.meeting).param("version", "1")
				.with(user(other))
				.with(csrf()))
			.andExpect(status().isNotFound());
		for (String name : new String[] { "member", "nonbiri" }) {
			AccountPrincipal principal = this.data.principal(name);
			this.mvc.perform(get("/meetings/{id}/minutes", this.meeting).with(user(principal)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/meetings/{id}/minutes/finalise", this.meeting).param("version", "1")
					.with(user(principal))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/councils/{id}/minutes-policy", this.f.tenant.councilId()).with(user(other)))
			.andExpect(status().isNotFound());
		// a signer count that is not a number in range gets the rule, and nothing is
		// stored
		for (String typed : new String[] { "abc", "6", "-1" }) {
			this.mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.post("/councils/{id}/minutes-policy", this.f.tenant.councilId())
					.param("signerCount", typed)
					.param("version", "0")
					.with(user(this.f.staff()))
					.with(csrf()))
				.andExpect(flash().attribute("flashErrorText", "議事録署名人の人数は0人から5人までです。"));
		}
		assertThat(this.jdbc.sql("select count(*) from minutes_policy where council_id = :c")
			.param("c", this.f.tenant.councilId())
			.query(Long.class)
			.single()).isZero();
		assertThat(meetingStatus()).isEqualTo("MINUTES_DRAFT");
	}

	@Test
	void aDraftNeedsTheMeetingClosed() throws Exception {
		this.jdbc.sql("update meeting_session set closed_at = null where meeting_id = :m")
			.param("m", this.meeting)
			.update();
		this.mvc.perform(get("/meetings/{id}/minutes", this.meeting).with(user(this.f.staff())))
			.andExpect(content().string(containsString("開会と閉会の時刻が記録されていません。")));
		act("/minutes/draft").andExpect(flash().attribute("flashErrorText", "開会と閉会の時刻が記録されていません。会議の進行画面で記録してください。"));
		assertThat(meetingStatus()).isEqualTo("HELD");
	}

	// ---------------------------------------------------------------- helpers

	private org.springframework.test.web.servlet.ResultActions act(String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/meetings/" + this.meeting + path);
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		if (path.equals("/status")) {
			request.param("version", String.valueOf(meetingVersion()));
		}
		return this.mvc.perform(request.with(user(this.f.staff())).with(csrf()));
	}

	/**
	 * The edit form as the page sends it: every section as stored.
	 */
	private MockHttpServletRequestBuilder editForm(long version, String... overrides) {
		java.util.Map<String, String> replaced = new java.util.HashMap<>();
		for (int k = 0; k + 1 < overrides.length; k += 2) {
			replaced.put(overrides[k], overrides[k + 1]);
		}
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/meetings/{id}/minutes", this.meeting)
			.param("version", String.valueOf(version))
			.params(MinutesFormParams.of(this.jdbc, this.meeting, replaced));
	}

	private int index(long sectionId) {
		return this.jdbc.sql("select position - 1 from minutes_section where id = :s")
			.param("s", sectionId)
			.query(Integer.class)
			.single();
	}

	private long itemSection() {
		return this.jdbc.sql("select id from minutes_section where agenda_item_id = :i")
			.param("i", this.f.item)
			.query(Long.class)
			.single();
	}

	private String sections() {
		return this.jdbc.sql("""
				select string_agg(s.heading || '：' || s.body, E'\\n' order by s.position) from minutes_section s
				join minutes m on m.id = s.minutes_id where m.meeting_id = :m""")
			.param("m", this.meeting)
			.query(String.class)
			.single();
	}

	private void policy(int signers, boolean mask) throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/councils/{id}/minutes-policy", this.f.tenant.councilId())
				.param("signerCount", String.valueOf(signers))
				.param("maskPrivateNames", String.valueOf(mask))
				.param("version", "0")
				.with(user(this.f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.policy"));
	}

	private byte[] pdfBytes() throws Exception {
		return this.mvc.perform(get("/meetings/{id}/minutes.pdf", this.meeting).with(user(this.f.staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private String meetingStatus() {
		return this.jdbc.sql("select status from meeting where id = :m")
			.param("m", this.meeting)
			.query(String.class)
			.single();
	}

	private long meetingVersion() {
		return this.jdbc.sql("select version from meeting where id = :m")
			.param("m", this.meeting)
			.query(Long.class)
			.single();
	}

	private long minutesVersion() {
		return this.jdbc.sql("select version from minutes where meeting_id = :m")
			.param("m", this.meeting)
			.query(Long.class)
			.single();
	}

	private long materialVersion(long material) {
		return this.jdbc.sql("select version from material where id = :id")
			.param("id", material)
			.query(Long.class)
			.single();
	}

	private long markVersion(int index) {
		return this.jdbc.sql("select version from meeting_attendance where meeting_id = :m and member_id = :member")
			.param("m", this.meeting)
			.param("member", this.f.member(index))
			.query(Long.class)
			.single();
	}

}
