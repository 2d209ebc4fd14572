package jp.kyogikai.material;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seed meeting's agenda packet: the 次第 and 資料No.1–5 in the seed's order, bookmarks
 * that match the contents, page numbers 1..N on every page; who may download it and each
 * material (members of 佐久市's council, recorded; nobody else).
 */
@IntegrationTest
class MaterialPacketTests {

	static final List<String> SEED_ENTRIES = List.of("次第", "資料No.1　佐久市福祉有償運送運営協議会委員名簿", "資料No.2　佐久市福祉有償運送運営協議会設置要綱",
			"資料No.3　福祉有償運送について", "資料No.4　【佐久市の状況】", "資料No.4　福祉有償運送登録法人", "資料No.5　特定非営利活動法人 のんびり 対価の金額変更");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	long meeting;

	List<Long> materialIds;

	@BeforeEach
	void findTheSeedMeeting() {
		this.meeting = this.data.seedMeeting();
		this.materialIds = this.jdbc.sql("select id from material where meeting_id = :id order by id")
			.param("id", this.meeting)
			.query(Long.class)
			.list();
	}

	AccountPrincipal principal(String name) {
		return this.data.principal(name);
	}

	byte[] packet(String user) throws Exception {
		return this.mvc.perform(get("/meetings/{id}/packet.pdf", this.meeting).with(user(principal(user))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static List<String> pages(PDDocument document) throws IOException {
		List<String> pages = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper();
		for (int i = 1; i <= document.getNumberOfPages(); i++) {
			stripper.setStartPage(i);
			stripper.setEndPage(i);
			pages.add(stripper.getText(document));
		}
		return pages;
	}

	@Test
	void theSeedPacketHasTheAgendaAndEveryMaterialInOrder() throws Exception {
		try (PDDocument document = Loader.loadPDF(packet("staff"))) {
			List<String> pages = pages(document);
			String contents = pages.get(0);
			// the contents list the entries in order, each with the page it starts on
			int from = 0;
			List<Integer> starts = new ArrayList<>();
			for (String entry : SEED_ENTRIES) {
				Matcher matcher = Pattern.compile(Pattern.quote(entry) + "[ .]*(\\d+)").matcher(contents);
				assertThat(matcher.find(from)).as(entry + " in " + contents).isTrue();
				from = matcher.end();
				starts.add(Integer.parseInt(matcher.group(1)));
			}
			assertThat(starts).isSorted().doesNotHaveDuplicates();
			// the 次第 page as the seed prints it
			String agenda = pages.get(starts.get(0) - 1);
			assertThat(agenda).contains("佐久市福祉有償運送運営協議会次第", "日時　令和7年7月17日（木）午前10時00分", "場所　佐久市役所 議会棟 第2委員会室", "1　開　会",
					"・資料確認", "4　福祉有償運送について　・・・資料No.3、4", "5　協議事項", "自家用有償運送事業者の旅客から收受する対価の金額変更について",
					"・特定非営利活動法人 のんびり　・・・資料No.5", "7　閉　会");
			// each material's first page: its stamp and its content, in order
			assertThat(pages.get(starts.get(1) - 1)).contains("資料No.1", "委員名簿");
			assertThat(pages.get(starts.get(2) - 1)).contains("資料No.2", "設置要綱");
			assertThat(pages.get(starts.get(3) - 1)).contains("資料No.3", "福祉有償運送について", "自家用有償旅客運送");
			assertThat(pages.get(starts.get(4) - 1)).contains("資料No.4", "令和7年度");
			assertThat(pages.get(starts.get(5) - 1)).contains("資料No.4", "福祉有償運送登録法人", "特定非営利活動法人 のんびり");
			assertThat(pages.get(starts.get(6) - 1)).contains("資料No.5", "のんびり");
			assertThat(String.join("", pages)).doesNotContain("作成できませんでした");
			// bookmarks: the contents page, then one per entry with the same title
			List<String> bookmarks = new ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			assertThat(bookmarks.get(0)).isEqualTo("目次");
			assertThat(bookmarks.subList(1, bookmarks.size())).isEqualTo(SEED_ENTRIES);
			// page numbers 1..N on every page
			Pattern number = Pattern.compile("- (\\d+) -");
			for (int i = 0; i < pages.size(); i++) {
				Matcher matcher = number.matcher(pages.get(i));
				assertThat(matcher.find()).as("page " + (i + 1)).isTrue();
				assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(i + 1);
			}
		}
	}

	@Test
	void aMemberOfTheCouncilDownloadsThePacketAndEachMaterialAndStaffSeeIt() throws Exception {
		AccountPrincipal member = principal("member");
		long before = this.jdbc.sql("select count(*) from material_download where user_id = :u")
			.param("u", member.id())
			.query(Long.class)
			.single();
		this.mvc.perform(get("/member-portal/meetings/{id}", this.meeting).with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("・特定非営利活動法人 のんびり ・・・資料No.5")))
			.andExpect(content().string(containsString("/member-portal/meetings/" + this.meeting + "/packet.pdf")));
		for (long id : this.materialIds) {
			this.mvc.perform(get("/member-portal/meetings/{id}", this.meeting).with(user(member)))
				.andExpect(content()
					.string(containsString("/member-portal/meetings/" + this.meeting + "/materials/" + id)));
		}
		this.mvc.perform(get("/member-portal/meetings/{id}/packet.pdf", this.meeting).with(user(member)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		for (long id : this.materialIds) {
			this.mvc.perform(get("/member-portal/meetings/{id}/materials/{m}", this.meeting, id).with(user(member)))
				.andExpect(status().isOk());
		}
		long after = this.jdbc.sql("select count(*) from material_download where user_id = :u")
			.param("u", member.id())
			.query(Long.class)
			.single();
		assertThat(after - before).isEqualTo(1 + this.materialIds.size());
		this.mvc.perform(get("/meetings/{id}", this.meeting).with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("資料の閲覧状況")))
			.andExpect(content().string(containsString(member.displayName())))
			.andExpect(content().string(containsString("資料No.5")));
	}

	@Test
	void nobodyElseReachesThePacketOrAnyMaterial() throws Exception {
		assertThat(this.materialIds).hasSize(6);
		for (String name : List.of("staff2")) {
			this.mvc.perform(get("/meetings/{id}/packet.pdf", this.meeting).with(user(principal(name))))
				.andExpect(status().isNotFound());
			for (long id : this.materialIds) {
				this.mvc.perform(get("/meetings/{id}/materials/{m}", this.meeting, id).with(user(principal(name))))
					.andExpect(status().isNotFound());
			}
		}
		for (String name : List.of("nonbiri", "tanto", "staff2", "staff")) {
			this.mvc.perform(get("/member-portal/meetings/{id}/packet.pdf", this.meeting).with(user(principal(name))))
				.andExpect(status().isForbidden());
			for (long id : this.materialIds) {
				this.mvc
					.perform(get("/member-portal/meetings/{id}/materials/{m}", this.meeting, id)
						.with(user(principal(name))))
					.andExpect(status().isForbidden());
			}
		}
		for (String name : List.of("nonbiri", "tanto", "member")) {
			this.mvc.perform(get("/meetings/{id}/packet.pdf", this.meeting).with(user(principal(name))))
				.andExpect(status().isForbidden());
			for (long id : this.materialIds) {
				this.mvc.perform(get("/meetings/{id}/materials/{m}", this.meeting, id).with(user(principal(name))))
					.andExpect(status().isForbidden());
			}
		}
		// a member who sits on no council of this meeting
		AccountPrincipal stranger = new AccountPrincipal(-7100, "member-stranger", null, "他の 委員",
				jp.kyogikai.security.Role.MEMBER, null, null, null, null, true);
		this.mvc.perform(get("/member-portal/meetings/{id}/packet.pdf", this.meeting).with(user(stranger)))
			.andExpect(status().isNotFound());
		for (long id : this.materialIds) {
			this.mvc.perform(get("/member-portal/meetings/{id}/materials/{m}", this.meeting, id).with(user(stranger)))
				.andExpect(status().isNotFound());
		}
		// a material of this meeting asked for under another meeting
		long other = this.jdbc.sql("select max(id) from meeting").query(Long.class).single() + 1000;
		this.mvc
			.perform(get("/meetings/{id}/materials/{m}", other, this.materialIds.get(0)).with(user(principal("staff"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void othersCannotChangeTheSeedMaterials() throws Exception {
		String before = state();
		long first = this.materialIds.get(0);
		for (String name : List.of("staff2", "tanto", "nonbiri", "member")) {
			for (String url : List.of("/meetings/{id}/materials", "/meetings/{id}/materials/" + first + "/edit",
					"/meetings/{id}/materials/" + first + "/move", "/meetings/{id}/materials/" + first + "/delete",
					"/meetings/{id}/materials/application")) {
				int status = this.mvc
					.perform(post(url, this.meeting).with(user(principal(name)))
						.with(csrf())
						.param("kind", "ROSTER")
						.param("title", "乗っ取り")
						.param("version", "0")
						.param("up", "true")
						.param("itemId", "1"))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as(name + " " + url).isIn(403, 404);
			}
		}
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void theApplicationIsNotAddedTwiceNorFromAnItemWithoutOne() throws Exception {
		String before = state();
		long deliberation = this.jdbc.sql("select id from agenda_item where meeting_id = :id and kind = 'DELIBERATION'")
			.param("id", this.meeting)
			.query(Long.class)
			.single();
		long opening = this.jdbc.sql("select id from agenda_item where meeting_id = :id and kind = 'OPENING'")
			.param("id", this.meeting)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/meetings/{id}/materials/application", this.meeting).with(user(principal("staff")))
				.with(csrf())
				.param("itemId", String.valueOf(deliberation)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashErrorText", containsString("すでに資料にあります")));
		this.mvc
			.perform(post("/meetings/{id}/materials/application", this.meeting).with(user(principal("staff")))
				.with(csrf())
				.param("itemId", String.valueOf(opening)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashErrorText", containsString("申請が結び付いた協議事項ではありません")));
		assertThat(state()).isEqualTo(before);
	}

	String state() {
		return this.jdbc.sql("select string_agg(id || ':' || title || ':' || version, ',' order by id) from material")
			.query(String.class)
			.single();
	}

}
