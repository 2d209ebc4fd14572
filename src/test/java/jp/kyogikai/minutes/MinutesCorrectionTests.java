package jp.kyogikai.minutes;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.document.VeraPdf;
import jp.kyogikai.file.StoredFileService;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.Access;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestData;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.voting.AttendeeKind;
import jp.kyogikai.voting.DecisionFixture;
import jp.kyogikai.voting.HeldMeetings;
import jp.kyogikai.voting.LiveMeetingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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
 * Corrections (訂正) of final minutes on a test's own council (the meeting of
 * {@link DecisionFixture} held, its item decided by consent after 委員 三郎's question, the
 * minutes drafted with 委員 三郎 masked as Ａ委員): the text as read, the PDFs stored (the
 * originals kept), the public version, refusals, access, the audit and the database's
 * refusal to change a correction.
 */
@IntegrationTest
class MinutesCorrectionTests {

	private static final String QUESTION = "改定後の額はタクシーの半額程度か。";

	private static final String CORRECTED = "改定後の額はタクシー運賃の半額程度か。";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	LiveMeetingService live;

	@Autowired
	HeldMeetings held;

	@Autowired
	TestTenants tenants;

	@Autowired
	StoredFileService files;

	DecisionFixture f;

	long meeting;

	@BeforeEach
	void draftTheMinutes() throws Exception {
		this.f = this.held.council();
		this.meeting = this.f.meeting;
		this.live.addAttendee(this.meeting, this.f.staff(), AttendeeKind.EXPLAINER, "説明 太郎", "特定非営利活動法人 ぎけつ 理事長",
				this.f.item);
		this.held.hold(this.f, "燃料費の上昇により、距離制運賃を改定したい。", "委員 三郎委員：" + QUESTION + "\n説明 太郎：おおむね半額です。",
				LocalTime.of(15, 0));
		act("/minutes/draft").andExpect(flash().attribute("flashMessage", "flash.minutes.drafted"));
		Map<String, String> mask = new HashMap<>();
		mask.put("masks[0].name", "委員 三郎");
		mask.put("masks[0].alias", "Ａ委員");
		this.mvc
			.perform(post("/meetings/{id}/minutes", this.meeting).param("version", String.valueOf(minutesVersion()))
				.params(MinutesFormParams.of(this.jdbc, this.meeting, mask))
				.with(user(this.f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.saved"));
	}

	@Test
	void aCorrectionChangesTheTextAsReadAndStoresANewPdfKeepingTheOriginal() throws Exception {
		finalise();
		long originalId = minutesFile("final_file_id");
		String originalSha = sha(originalId);
		byte[] original = pdfBytes();
		assertThat(sha256(original)).isEqualTo(originalSha);
		String partsBefore = parts();
		assertThat(partsBefore).contains(QUESTION);

		correct(itemSection(), question(), null, CORRECTED, "委員の発言の誤記")
			.andExpect(flash().attribute("flashMessage", "flash.minutes.corrected"));

		String note = "（" + Wareki.format(correctedDay()) + "訂正）";
		// the staff page reads the corrected text, the corrected part with its note, and
		// the
		// history at the end
		this.mvc.perform(get("/meetings/{id}/minutes", this.meeting).with(user(this.f.staff())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString(CORRECTED + "</span><span class=\"minutes-text__note\">" + note)))
			.andExpect(content().string(containsString("<td>" + heading(itemSection()) + "：委員 三郎委員の発言</td>")))
			.andExpect(content().string(containsString("<td>委員の発言の誤記</td>")))
			.andExpect(content().string(not(containsString(QUESTION))));
		// the finalised parts never changed: the correction is a row of its own
		assertThat(parts()).isEqualTo(partsBefore);
		assertThat(minutesFile("final_file_id")).isEqualTo(originalId);

		// the PDF served is a new one, PDF/A, stored with its SHA-256
		byte[] corrected = pdfBytes();
		assertThat(corrected).isNotEqualTo(original);
		long correctedId = this.jdbc.sql("select final_file_id from minutes_correction where minutes_id = :m")
			.param("m", minutesId())
			.query(Long.class)
			.single();
		assertThat(correctedId).isNotEqualTo(originalId);
		assertThat(sha256(corrected)).isEqualTo(sha(correctedId));
		String text = flat(MinutesTests.text(corrected));
		assertThat(text).contains(CORRECTED + note, "訂正履歴", "委員の発言の誤記").doesNotContain(QUESTION);
		VeraPdf.Result archival = VeraPdf.validate(corrected);
		assertThat(archival.failures()).as("PDF/A-2B rules failed").isEmpty();
		assertThat(archival.compliant()).isTrue();

		// the original stays stored, unchanged and downloadable; the page lists both
		byte[] kept = file(originalId);
		assertThat(kept).isEqualTo(original);
		assertThat(sha(originalId)).isEqualTo(originalSha);
		assertThat(flat(MinutesTests.text(kept))).contains(QUESTION).doesNotContain(CORRECTED, "訂正履歴");
		assertThat(file(correctedId)).isEqualTo(corrected);
		this.mvc.perform(get("/meetings/{id}/minutes", this.meeting).with(user(this.f.staff())))
			.andExpect(content().string(containsString(originalSha)))
			.andExpect(content().string(containsString(sha(correctedId))))
			.andExpect(content().string(containsString("/meetings/" + this.meeting + "/minutes/files/" + originalId)));

		// who and when: the correction and its audit row under the staff user
		String username = this.f.staff().getUsername();
		assertThat(this.jdbc.sql("select corrected_by from minutes_correction where minutes_id = :m")
			.param("m", minutesId())
			.query(String.class)
			.single()).isEqualTo(username);
		assertThat(this.jdbc.sql("""
				select count(*) from minutes_correction_aud a join audit_revision r on r.id = a.rev
				where a.minutes_id = :m and a.revtype = 0 and a.body = :b and a.reason = '委員の発言の誤記'
				and r.username = :u""")
			.param("m", minutesId())
			.param("b", CORRECTED)
			.param("u", username)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theLatestCorrectionOfAPartWinsAndPublishedMinutesGetANewPublicPdf() throws Exception {
		finalise();
		long place = section("PLACE");
		correct(place, null, "", "テスト市役所 第5会議室", "会場の誤記")
			.andExpect(flash().attribute("flashMessage", "flash.minutes.corrected"));
		correct(place, null, "会場", "テスト市役所 第2会議室", "会議室名の誤記")
			.andExpect(flash().attribute("flashMessage", "flash.minutes.corrected"));
		assertThat(this.jdbc.sql("select heading from minutes_correction where section_id = :s order by id")
			.param("s", place)
			.query(String.class)
			.list())
			.as("a blank heading keeps the heading as it read")
			.containsExactly(this.jdbc.sql("select heading from minutes_section where id = :s")
				.param("s", place)
				.query(String.class)
				.single(), "会場");
		String staffText = flat(MinutesTests.text(pdfBytes()));
		assertThat(staffText).contains("会場テスト市役所第2会議室（", "会場の誤記", "会議室名の誤記").doesNotContain("第5会議室");

		act("/minutes/publish", "version", String.valueOf(minutesVersion()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.published"));
		long publishedId = minutesFile("public_file_id");
		byte[] published = publicPdf();
		assertThat(sha256(published)).isEqualTo(sha(publishedId));
		assertThat(flat(MinutesTests.text(published))).contains("第2会議室", "Ａ委員", QUESTION).doesNotContain("委員三郎");

		// a correction after the publication: a new final and a new public PDF
		correct(itemSection(), question(), null, CORRECTED, "委員 三郎委員の発言の誤記")
			.andExpect(flash().attribute("flashMessage", "flash.minutes.corrected"));
		Map<String, Object> last = this.jdbc.sql("""
				select final_file_id, public_file_id from minutes_correction where minutes_id = :m
				order by id desc limit 1""").param("m", minutesId()).query().singleRow();
		long publicId = ((Number) last.get("public_file_id")).longValue();
		assertThat(publicId).isNotEqualTo(publishedId);
		assertThat(this.jdbc.sql("select count(public_file_id) from minutes_correction where minutes_id = :m")
			.param("m", minutesId())
			.query(Long.class)
			.single()).as("the corrections before the publication store no public PDF").isEqualTo(1);
		String note = "（" + Wareki.format(correctedDay()) + "訂正）";
		this.mvc.perform(get("/public/minutes/{id}", this.meeting))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString(CORRECTED + "</span><span class=\"minutes-text__note\">" + note)))
			.andExpect(content().string(containsString("（Ａ委員）")))
			.andExpect(content().string(containsString("Ａ委員の発言の誤記")))
			.andExpect(content().string(containsString(sha(publicId))))
			.andExpect(content().string(not(containsString("委員 三郎"))))
			.andExpect(content().string(not(containsString(QUESTION))));
		byte[] publicPdf = publicPdf();
		assertThat(sha256(publicPdf)).isEqualTo(sha(publicId));
		String publicText = flat(MinutesTests.text(publicPdf));
		assertThat(publicText).contains(CORRECTED + note, "Ａ委員", "Ａ委員の発言の誤記", "第2会議室").doesNotContain("委員三郎", QUESTION);
		VeraPdf.Result archival = VeraPdf.validate(publicPdf);
		assertThat(archival.compliant()).isTrue();
		// the staff's corrected PDF keeps every name; the public PDF first published
		// stays
		assertThat(flat(MinutesTests.text(pdfBytes()))).contains(CORRECTED, "委員三郎委員の発言の誤記");
		assertThat(sha256(pdfBytes())).isEqualTo(sha(((Number) last.get("final_file_id")).longValue()));
		assertThat(file(publishedId)).isEqualTo(published);
		assertThat(minutesFile("public_file_id")).isEqualTo(publishedId);
		this.mvc.perform(get("/meetings/{id}/minutes", this.meeting).with(user(this.f.staff())))
			.andExpect(content().string(containsString(sha(publishedId))))
			.andExpect(content().string(containsString(sha(publicId))));
	}

	@Test
	void refusalsSayWhyAndChangeNothing() throws Exception {
		long place = section("PLACE");
		// a draft is edited, not corrected
		correct(place, null, "", "どこか", "誤記").andExpect(status().isOk())
			.andExpect(content().string(containsString("確定前の議事録は訂正できません。議事録の画面でそのまま編集してください。")));
		long stored = this.files.store(pdfBytes(), "x.pdf", this.f.tenant.municipality().getId(), "test").id();
		assertThatThrownBy(() -> this.jdbc.sql("""
				insert into minutes_correction (minutes_id, section_id, heading, body, reason, corrected_at,
				corrected_by, final_file_id) values (:m, :s, 'x', 'x', 'x', now(), 'x', :f)""")
			.param("m", minutesId())
			.param("s", place)
			.param("f", stored)
			.update()).hasMessageContaining("only final minutes can be corrected");
		finalise();
		String placeBody = this.jdbc.sql("select body from minutes_section where id = :s")
			.param("s", place)
			.query(String.class)
			.single();
		long present = section("PRESENT");
		String presentBody = this.jdbc.sql("select body from minutes_section where id = :s")
			.param("s", present)
			.query(String.class)
			.single();
		assertThat(presentBody).contains("\n");
		long version = minutesVersion();
		List<Object> before = state();

		correct(place, null, "", "訂正したい文", " ").andExpect(status().isOk())
			.andExpect(content().string(containsString("訂正の理由を入力してください。")))
			.andExpect(content().string(containsString("訂正したい文")));
		correct(place, null, "", "訂正したい文", "あ".repeat(MinutesCorrectionService.REASON_MAX + 1))
			.andExpect(content().string(containsString("訂正の理由は1,000文字以内で入力してください。")));
		correct(0L, null, "", "訂正したい文", "誤記").andExpect(content().string(containsString("訂正する箇所がこの議事録にありません。")));
		correct(null, null, "", "訂正したい文", "誤記").andExpect(content().string(containsString("訂正する箇所がこの議事録にありません。")));
		// a statement named under another section
		correct(place, question(), null, "訂正したい文", "誤記")
			.andExpect(content().string(containsString("訂正する箇所がこの議事録にありません。")));
		correct(place, null, "", placeBody, "誤記").andExpect(content().string(containsString("訂正後の文が今の文と同じです。")));
		// the same text as the browser sends it, with CR LF line ends
		correct(present, null, "", presentBody.replace("\n", "\r\n"), "誤記")
			.andExpect(content().string(containsString("訂正後の文が今の文と同じです。")));
		correct(itemSection(), question(), null, "  ", "誤記")
			.andExpect(content().string(containsString("発言の要旨を入力してください。")));
		correct(itemSection(), question(), null, "あ".repeat(MinutesService.SUMMARY_MAX + 1), "誤記")
			.andExpect(content().string(containsString("発言の要旨は10,000文字以内で入力してください。")));
		correct(place, null, "見".repeat(MinutesService.HEADING_MAX + 1), "訂正したい文", "誤記")
			.andExpect(content().string(containsString("見出しは600文字以内で入力してください。")));
		assertThat(state()).isEqualTo(before);
		assertThat(minutesVersion()).isEqualTo(version);

		// a page opened before another correction
		correct(place, null, "", "テスト市役所 第5会議室", "会場の誤記")
			.andExpect(flash().attribute("flashMessage", "flash.minutes.corrected"));
		List<Object> after = state();
		this.mvc
			.perform(correction(version, place, null, "", "テスト市役所 第3会議室", "会場の誤記").with(user(this.f.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "stale"));
		assertThat(state()).isEqualTo(after);
	}

	@Test
	void onlyTheCouncilsStaffCorrectAndReadTheStoredPdfs() throws Exception {
		finalise();
		long original = minutesFile("final_file_id");
		String base = "/meetings/" + this.meeting + "/minutes";
		long version = minutesVersion();
		long place = section("PLACE");
		AccountPrincipal other = this.tenants.create().staff();
		Access.of(this.mvc, other, status().isNotFound())
			.keeping(this::state)
			.get(base + "/files/" + original)
			.send(correction(version, place, null, "", "テスト市役所 第9会議室", "会場の誤記"));
		for (String name : new String[] { "member", "nonbiri", "tanto" }) {
			Access.of(this.mvc, this.data.principal(name), status().isForbidden())
				.keeping(this::state)
				.get(base + "/files/" + original)
				.send(correction(version, place, null, "", "テスト市役所 第9会議室", "会場の誤記"));
		}
		// without the CSRF token
		this.mvc
			.perform(correction(minutesVersion(), section("PLACE"), null, "", "テスト市役所 第9会議室", "会場の誤記")
				.with(user(this.f.staff())))
			.andExpect(status().isForbidden());
		// a stored file of the same municipality that is not one of the minutes' PDFs
		long unrelated = this.files.store(pdfBytes(), "unrelated.pdf", this.f.tenant.municipality().getId(), "test")
			.id();
		this.mvc.perform(get(base + "/files/" + unrelated).with(user(this.f.staff()))).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from minutes_correction where minutes_id = :m")
			.param("m", minutesId())
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get(base + "/files/" + original).with(user(this.f.staff()))).andExpect(status().isOk());
	}

	@Test
	void theDatabaseRefusesChangingOrDeletingACorrection() throws Exception {
		finalise();
		correct(section("PLACE"), null, "", "テスト市役所 第5会議室", "会場の誤記")
			.andExpect(flash().attribute("flashMessage", "flash.minutes.corrected"));
		long id = this.jdbc.sql("select id from minutes_correction where minutes_id = :m")
			.param("m", minutesId())
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> this.jdbc.sql("update minutes_correction set reason = 'x' where id = :id")
			.param("id", id)
			.update()).hasMessageContaining("minutes_correction rows are immutable");
		assertThatThrownBy(
				() -> this.jdbc.sql("update minutes_correction set body = 'x' where id = :id").param("id", id).update())
			.hasMessageContaining("minutes_correction rows are immutable");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from minutes_correction where id = :id").param("id", id).update())
			.hasMessageContaining("minutes_correction rows are immutable");
		// a correction names a part of its own minutes: a statement of the section named
		assertThatThrownBy(() -> this.jdbc.sql("""
				insert into minutes_correction (minutes_id, section_id, statement_id, body, reason, corrected_at,
				corrected_by, final_file_id) values (:m, :s, :st, 'x', 'x', now(), 'x', :f)""")
			.param("m", minutesId())
			.param("s", section("PLACE"))
			.param("st", question())
			.param("f", minutesFile("final_file_id"))
			.update()).hasMessageContaining("is not part of the section");
		assertThat(this.jdbc.sql("select reason from minutes_correction where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("会場の誤記");
	}

	// ---------------------------------------------------------------- helpers

	private void finalise() throws Exception {
		act("/minutes/finalise", "version", String.valueOf(minutesVersion()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.finalised"));
	}

	private ResultActions correct(Long section, Long statement, String heading, String text, String reason)
			throws Exception {
		return this.mvc
			.perform(correction(minutesVersion(), section, statement, heading, text, reason).with(user(this.f.staff()))
				.with(csrf()));
	}

	private MockHttpServletRequestBuilder correction(long version, Long section, Long statement, String heading,
			String text, String reason) {
		MockHttpServletRequestBuilder request = post("/meetings/{id}/minutes/corrections", this.meeting)
			.param("version", String.valueOf(version))
			.param("text", text)
			.param("reason", reason);
		if (section != null) {
			request.param("sectionId", section.toString());
		}
		if (statement != null) {
			request.param("statementId", statement.toString());
		}
		if (heading != null) {
			request.param("heading", heading);
		}
		return request;
	}

	private ResultActions act(String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post("/meetings/" + this.meeting + path);
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request.with(user(this.f.staff())).with(csrf()));
	}

	/**
	 * What a refused correction must leave as it was: the corrections and the stored
	 * files.
	 */
	private List<Object> state() {
		return List.of(
				this.jdbc.sql("select count(*) from minutes_correction where minutes_id = :m")
					.param("m", minutesId())
					.query(Long.class)
					.single(),
				this.jdbc.sql("select count(*) from stored_file where municipality_id = :mu")
					.param("mu", this.f.tenant.municipality().getId())
					.query(Long.class)
					.single(),
				minutesVersion(), parts());
	}

	/** The finalised parts as stored: every section and statement. */
	private String parts() {
		return this.jdbc
			.sql("""
					select string_agg(s.heading || '：' || s.body || coalesce((select string_agg(st.speaker || '=' || st.summary,
					'|' order by st.position) from minutes_statement st where st.section_id = s.id), ''), E'\\n'
					order by s.position) from minutes_section s where s.minutes_id = :m""")
			.param("m", minutesId())
			.query(String.class)
			.single();
	}

	private long section(String kind) {
		return this.jdbc.sql("select id from minutes_section where minutes_id = :m and kind = :k")
			.param("m", minutesId())
			.param("k", kind)
			.query(Long.class)
			.single();
	}

	private String heading(long sectionId) {
		return this.jdbc.sql("select heading from minutes_section where id = :s")
			.param("s", sectionId)
			.query(String.class)
			.single();
	}

	private long itemSection() {
		return this.jdbc.sql("select id from minutes_section where agenda_item_id = :i")
			.param("i", this.f.item)
			.query(Long.class)
			.single();
	}

	/** 委員 三郎's question under the item. */
	private long question() {
		return this.jdbc.sql("select id from minutes_statement where section_id = :s and summary = :q")
			.param("s", itemSection())
			.param("q", QUESTION)
			.query(Long.class)
			.single();
	}

	private LocalDate correctedDay() {
		OffsetDateTime at = this.jdbc.sql("select max(corrected_at) from minutes_correction where minutes_id = :m")
			.param("m", minutesId())
			.query(OffsetDateTime.class)
			.single();
		return LocalDate.ofInstant(at.toInstant(), Kyogikai.ZONE);
	}

	private long minutesId() {
		return this.jdbc.sql("select id from minutes where meeting_id = :m")
			.param("m", this.meeting)
			.query(Long.class)
			.single();
	}

	private long minutesFile(String column) {
		return this.jdbc.sql("select " + column + " from minutes where meeting_id = :m")
			.param("m", this.meeting)
			.query(Long.class)
			.single();
	}

	private String sha(long fileId) {
		return this.jdbc.sql("select sha256 from stored_file where id = :f")
			.param("f", fileId)
			.query(String.class)
			.single();
	}

	private byte[] pdfBytes() throws Exception {
		return this.mvc.perform(get("/meetings/{id}/minutes.pdf", this.meeting).with(user(this.f.staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private byte[] publicPdf() throws Exception {
		return this.mvc.perform(get("/public/minutes/{id}/minutes.pdf", this.meeting))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private byte[] file(long fileId) throws Exception {
		return this.mvc
			.perform(get("/meetings/{id}/minutes/files/{f}", this.meeting, fileId).with(user(this.f.staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private long minutesVersion() {
		return this.jdbc.sql("select version from minutes where meeting_id = :m")
			.param("m", this.meeting)
			.query(Long.class)
			.single();
	}

	/** The PDF's text without line breaks and spaces, as lines wrap where they will. */
	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
