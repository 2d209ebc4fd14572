package jp.kyogikai.minutes;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;

import javax.imageio.ImageIO;

import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestData;
import jp.kyogikai.voting.AttendeeKind;
import jp.kyogikai.voting.DecideForm;
import jp.kyogikai.voting.DecisionMethod;
import jp.kyogikai.voting.ItemDecisionService;
import jp.kyogikai.voting.LiveMeetingService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
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
 * The demo seed meeting end to end: 9 members, 7 present, のんびり's fare change decided, the
 * minutes drafted, signed, finalised and published. The final PDF holds the quorum
 * statement, the attendance and the outcome as text; its first page is rendered to
 * {@code target/minutes-seed-page1.png} to be looked at. Rolled back: the demo stays as
 * it is.
 */
@IntegrationTest
@Transactional
class MinutesSeedMeetingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	LiveMeetingService live;

	@Autowired
	ItemDecisionService decisions;

	@Test
	void theSeedMeetingEndsInPublishedMinutes() throws Exception {
		long meeting = this.data.seedMeeting();
		AccountPrincipal staff = this.data.principal("staff");
		long item = this.jdbc.sql(
				"select id from agenda_item where meeting_id = :m and kind = 'DELIBERATION' and application_id is not null")
			.param("m", meeting)
			.query(Long.class)
			.single();
		this.live.page(meeting, staff);
		this.live.addAttendee(meeting, staff, AttendeeKind.SECRETARIAT, "高橋 由美", "佐久市福祉部高齢者福祉課", null);
		this.live.addAttendee(meeting, staff, AttendeeKind.EXPLAINER, "宮下 節子", "特定非営利活動法人 のんびり 理事長", item);
		this.live.observers(meeting, staff, 1, session(meeting));
		this.live.open(meeting, staff, LocalTime.of(10, 0), session(meeting));
		DecideForm form = new DecideForm();
		form.setMethod(DecisionMethod.CONSENT);
		form.setOutcome(DecisionOutcome.APPROVED);
		form.setExplanation("燃料費と人件費の上昇により、2kmまでの対価を300円から350円に改めたい。");
		form.setQuestions("小川委員：利用者への周知はどうするか。\n宮下理事長：会報と送迎時の案内で周知します。");
		this.decisions.decide(meeting, item, form, staff);
		this.live.close(meeting, staff, LocalTime.of(11, 30), session(meeting));

		this.mvc.perform(post("/meetings/{id}/minutes/draft", meeting).with(user(staff)).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.drafted"));
		long[] present = this.jdbc
			.sql("""
					select member_id from meeting_attendance where meeting_id = :m and attendance <> 'ABSENT' order by member_id limit 2""")
			.param("m", meeting)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		this.mvc.perform(post("/meetings/{id}/minutes", meeting).param("version", version(meeting))
			.params(MinutesFormParams.of(this.jdbc, meeting,
					java.util.Map.of("signerIds[0]", String.valueOf(present[0]), "signerIds[1]",
							String.valueOf(present[1]))))
			.with(user(staff))
			.with(csrf())).andExpect(flash().attribute("flashMessage", "flash.minutes.saved"));
		this.mvc
			.perform(post("/meetings/{id}/minutes/finalise", meeting).param("version", version(meeting))
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.finalised"));
		byte[] pdf = this.mvc.perform(get("/meetings/{id}/minutes.pdf", meeting).with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = MinutesTests.text(pdf);
		assertThat(text).contains("令和7年度第1回佐久市福祉有償運送運営協議会 議事録", "令和7年7月17日（木）", "午前10時00分から午前11時30分まで",
				"委員9人中7人出席、過半数に達しているため会議は成立", "出席委員（7人）", "中村 光一（会長）", "欠席委員（2人）", "原田 浩二", "井上 義男", "宮下 節子",
				"異議なく原案のとおり承認された", "議事録署名人");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
			Path png = Path.of("target", "minutes-seed-page1.png");
			Files.createDirectories(png.getParent());
			ImageIO.write(page, "png", png.toFile());
			assertThat(inked(page)).as("ink on page 1").isGreaterThan(0.01);
		}

		this.mvc
			.perform(post("/meetings/{id}/minutes/publish", meeting).param("version", version(meeting))
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.minutes.published"));
		// 井上 represents the users, a private person under the demo's policy
		this.mvc.perform(get("/public/minutes/{id}", meeting))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("委員9人中7人出席、過半数に達しているため会議は成立")))
			.andExpect(content().string(containsString("Ａ委員")))
			.andExpect(content().string(not(containsString("井上 義男"))));
		this.mvc.perform(get("/member-portal/meetings").with(user(this.data.principal("member"))))
			.andExpect(content().string(containsString("/public/minutes/" + meeting)));
	}

	private static double inked(BufferedImage image) {
		long dark = 0;
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				if ((image.getRGB(x, y) & 0xff) < 128) {
					dark++;
				}
			}
		}
		return dark / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
	}

	private String version(long meeting) {
		return this.jdbc.sql("select version from minutes where meeting_id = :m")
			.param("m", meeting)
			.query(Long.class)
			.single()
			.toString();
	}

	private long session(long meeting) {
		return this.jdbc.sql("select version from meeting_session where meeting_id = :m")
			.param("m", meeting)
			.query(Long.class)
			.single();
	}

}
