package jp.kyogikai.material;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.MeetingForm;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.Openness;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.PersonDetails;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Materials in a test's own municipality: numbering follows the 次第, the packet follows
 * the materials, uploads follow the upload rules, a held meeting's materials stay as they
 * are, changes are audited, confidential materials are left out of what may be published.
 */
@IntegrationTest
class MaterialTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTenants tenants;

	@Autowired
	MeetingService meetings;

	@Autowired
	MaterialService materials;

	@Autowired
	MemberService members;

	Tenant tenant;

	long meeting;

	List<AgendaLine> agenda;

	@BeforeEach
	void meeting() {
		this.tenant = this.tenants.create();
		MeetingForm form = new MeetingForm();
		form.setDate(LocalDate.of(2025, 9, 18));
		form.setStartTime(LocalTime.of(14, 0));
		form.setPlace("市役所 第1会議室");
		form.setOpenness(Openness.PUBLIC);
		this.meeting = this.meetings.create(this.tenant.councilId(), form, this.tenant.staff());
		this.agenda = this.meetings.view(this.meeting, this.tenant.staff()).agenda();
	}

	/**
	 * The materials of the test's meeting go, with the files uploaded for them.
	 */
	@AfterEach
	void removeUploads() {
		List<Long> files = this.jdbc
			.sql("select stored_file_id from material where meeting_id = :id and stored_file_id is not null")
			.param("id", this.meeting)
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from material where meeting_id = :id").param("id", this.meeting).update();
		for (long file : files) {
			this.jdbc.sql("delete from stored_file where id = :id").param("id", file).update();
		}
	}

	long item(int index) {
		return this.agenda.get(index).item().getId();
	}

	long add(MaterialKind kind, Long itemId, String title) {
		MaterialForm form = new MaterialForm();
		form.setKind(kind);
		form.setAgendaItemId(itemId);
		form.setTitle(title);
		return this.materials.add(this.meeting, form, this.tenant.staff());
	}

	List<String> labels() {
		return this.materials.materials(this.meeting, this.tenant.staff())
			.stream()
			.map((n) -> n.label() + " " + n.material().getTitle())
			.toList();
	}

	@Test
	void numbersFollowTheAgendaAndChangeWhenItemsMove() {
		add(MaterialKind.CHARTER, item(4), "設置要綱");
		add(MaterialKind.OPERATOR_LIST, item(3), "登録法人");
		add(MaterialKind.ROSTER, null, "委員名簿");
		add(MaterialKind.OPERATOR_LIST, item(3), "登録法人（続き）");
		assertThat(labels()).containsExactly("資料No.1 委員名簿", "資料No.2 登録法人", "資料No.3 登録法人（続き）", "資料No.4 設置要綱");
		// 報告事項 (item 4) moves above 会長あいさつ (item 3)
		this.meetings.moveItem(this.meeting, item(4), true, this.tenant.staff());
		assertThat(labels()).containsExactly("資料No.1 委員名簿", "資料No.2 設置要綱", "資料No.3 登録法人", "資料No.4 登録法人（続き）");
		assertThat(this.materials.enclosures(this.meeting, this.tenant.staff())).containsExactly("資料No.1 委員名簿",
				"資料No.2 設置要綱", "資料No.3 登録法人", "資料No.4 登録法人（続き）");
	}

	@Test
	void aDeletedItemLeavesItsMaterialsGeneral() {
		add(MaterialKind.ROSTER, null, "委員名簿");
		add(MaterialKind.CHARTER, item(4), "設置要綱");
		add(MaterialKind.OPERATOR_LIST, item(2), "登録法人");
		this.meetings.deleteItem(this.meeting, item(4), this.tenant.staff());
		assertThat(labels()).containsExactly("資料No.1 委員名簿", "資料No.2 設置要綱", "資料No.3 登録法人");
		assertThat(this.materials.materials(this.meeting, this.tenant.staff()).get(1).itemTitle()).isNull();
	}

	@Test
	void aMaterialMayContinueTheNumberBeforeItAndMoveWithinItsItem() {
		long first = add(MaterialKind.ROSTER, item(4), "統計");
		long second = add(MaterialKind.OPERATOR_LIST, item(4), "登録法人");
		MaterialForm form = new MaterialForm();
		form.setVersion(0);
		form.setTitle("登録法人一覧");
		form.setAgendaItemId(item(4));
		form.setContinuesPrevious(true);
		this.materials.update(this.meeting, second, form, this.tenant.staff());
		assertThat(labels()).containsExactly("資料No.1 統計", "資料No.1 登録法人一覧");
		long version = this.jdbc.sql("select version from material where id = :id")
			.param("id", second)
			.query(Long.class)
			.single();
		this.materials.move(this.meeting, second, true, version, this.tenant.staff());
		assertThat(labels()).containsExactly("資料No.1 登録法人一覧", "資料No.2 統計");
		assertThat(first).isNotEqualTo(second);
		assertThat(audits(second)).isGreaterThanOrEqualTo(3);
	}

	long audits(long id) {
		return this.jdbc.sql("select count(*) from material_aud where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	@Test
	void aStaleVersionIsRefused() {
		long id = add(MaterialKind.ROSTER, null, "委員名簿");
		assertThatThrownBy(() -> this.materials.delete(this.meeting, id, 7, this.tenant.staff()))
			.isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
		assertThat(labels()).containsExactly("資料No.1 委員名簿");
	}

	String contents(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			return stripper.getText(document);
		}
	}

	@Test
	void thePacketFollowsTheMaterials() throws Exception {
		long roster = add(MaterialKind.ROSTER, null, "委員名簿");
		String before = contents(this.materials.packet(this.meeting, this.tenant.staff()).content());
		assertThat(before).contains("次第", "資料No.1　委員名簿").doesNotContain("資料No.2");
		long charter = add(MaterialKind.CHARTER, item(4), "設置要綱");
		String added = contents(this.materials.packet(this.meeting, this.tenant.staff()).content());
		assertThat(added).contains("資料No.1　委員名簿", "資料No.2　設置要綱");
		this.materials.delete(this.meeting, roster, 0, this.tenant.staff());
		String removed = contents(this.materials.packet(this.meeting, this.tenant.staff()).content());
		assertThat(removed).contains("資料No.1　設置要綱").doesNotContain("委員名簿");
		assertThat(audits(roster)).isEqualTo(2);
		assertThat(audits(charter)).isEqualTo(1);
	}

	@Test
	void confidentialMaterialsAndThoseNamingPersonsAreNotPublished() throws Exception {
		add(MaterialKind.ROSTER, null, "委員名簿");
		add(MaterialKind.OPERATOR_LIST, null, "運送主体一覧");
		this.mvc
			.perform(post("/meetings/{id}/materials", this.meeting).with(user(this.tenant.staff()))
				.with(csrf())
				.param("kind", "OPERATOR_LIST")
				.param("title", "非公開の一覧")
				.param("confidential", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "flash.material.added"));
		add(MaterialKind.CHARTER, item(4), "設置要綱");
		assertThat(this.materials.publicMaterials(this.meeting))
			.extracting((n) -> n.label() + " " + n.material().getTitle())
			.containsExactly("資料No.2 運送主体一覧", "資料No.4 設置要綱");
		assertThat(labels()).hasSize(4);
	}

	long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	long materialsOfMeeting() {
		return this.jdbc.sql("select count(*) from material where meeting_id = :id")
			.param("id", this.meeting)
			.query(Long.class)
			.single();
	}

	@Test
	void anUploadedPdfIsAMaterialOfItsItem() throws Exception {
		byte[] pdf = PdfDocumentBuilder.a4(DocumentInfo.of("説明資料", "テスト市")).title("説明資料の本文").toBytes();
		this.mvc
			.perform(multipart("/meetings/{id}/materials/upload", this.meeting)
				.file(new MockMultipartFile("file", "説明資料.pdf", "application/pdf", pdf))
				.param("agendaItemId", String.valueOf(item(4)))
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "flash.material.uploaded"));
		assertThat(labels()).containsExactly("資料No.1 説明資料");
		long id = this.materials.materials(this.meeting, this.tenant.staff()).get(0).material().getId();
		byte[] body = this.mvc
			.perform(get("/meetings/{id}/materials/{m}", this.meeting, id).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).isEqualTo(pdf);
		assertThat(contents(this.materials.packet(this.meeting, this.tenant.staff()).content()))
			.contains("資料No.1　説明資料");
	}

	@Test
	void anUploadedImageIsBoundAsAPageOfItsOwn() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(400, 300,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", png);
		this.mvc
			.perform(multipart("/meetings/{id}/materials/upload", this.meeting)
				.file(new MockMultipartFile("file", "写真.png", "image/png", png.toByteArray()))
				.param("title", "現地の写真")
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.material.uploaded"));
		try (PDDocument packet = Loader.loadPDF(this.materials.packet(this.meeting, this.tenant.staff()).content())) {
			// contents, 次第, the image's page
			assertThat(packet.getNumberOfPages()).isEqualTo(3);
			assertThat(packet.getPage(2).getResources().getXObjectNames()).isNotEmpty();
		}
		assertThat(labels()).containsExactly("資料No.1 現地の写真");
	}

	@Test
	void fakeBrokenAndOversizeUploadsAreRefusedAndNothingIsStored() throws Exception {
		long files = count("stored_file");
		byte[] big = new byte[21 * 1024 * 1024];
		System.arraycopy("%PDF-1.7\n".getBytes(), 0, big, 0, 9);
		List<MockMultipartFile> refused = List.of(
				new MockMultipartFile("file", "偽物.pdf", "application/pdf", "これはPDFではありません".getBytes()),
				new MockMultipartFile("file", "壊れた.pdf", "application/pdf", "%PDF-1.7\n壊れています".getBytes()),
				new MockMultipartFile("file", "大きい.pdf", "application/pdf", big));
		List<String> messages = new ArrayList<>();
		for (MockMultipartFile file : refused) {
			Object message = this.mvc
				.perform(multipart("/meetings/{id}/materials/upload", this.meeting).file(file)
					.with(user(this.tenant.staff()))
					.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getFlashMap()
				.get("flashErrorText");
			messages.add(String.valueOf(message));
		}
		assertThat(messages.get(0)).contains("PDF・JPEG・PNGのファイルだけ");
		assertThat(messages.get(1)).contains("このPDFは読み取れません");
		assertThat(messages.get(2)).contains("ファイルが大きすぎます");
		assertThat(count("stored_file")).isEqualTo(files);
		assertThat(materialsOfMeeting()).isZero();
	}

	@Test
	void aHeldMeetingsMaterialsDoNotChange() throws Exception {
		long id = add(MaterialKind.ROSTER, null, "委員名簿");
		this.meetings.changeStatus(this.meeting, MeetingStatus.CONVENED, 0, this.tenant.staff());
		this.meetings.changeStatus(this.meeting, MeetingStatus.HELD, 1, this.tenant.staff());
		long audits = audits(id);
		String[] posts = { "/meetings/{id}/materials", "/meetings/{id}/materials/" + id + "/edit",
				"/meetings/{id}/materials/" + id + "/move", "/meetings/{id}/materials/" + id + "/delete" };
		for (String url : posts) {
			this.mvc
				.perform(post(url, this.meeting).with(user(this.tenant.staff()))
					.with(csrf())
					.param("kind", "CHARTER")
					.param("title", "変えた名前")
					.param("version", "0")
					.param("up", "false"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("flashErrorText",
						org.hamcrest.Matchers.containsString("開催済みの会議の資料は変更できません")));
		}
		this.mvc
			.perform(multipart("/meetings/{id}/materials/upload", this.meeting)
				.file(new MockMultipartFile("file", "a.pdf", "application/pdf",
						PdfDocumentBuilder.a4(DocumentInfo.of("a", null)).title("a").toBytes()))
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashErrorText", org.hamcrest.Matchers.containsString("開催済みの会議の資料は変更できません")));
		assertThat(labels()).containsExactly("資料No.1 委員名簿");
		assertThat(audits(id)).isEqualTo(audits);
		this.mvc.perform(get("/meetings/{id}", this.meeting).with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("開催済みの会議の資料は変更できません")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("ファイルを資料として登録する"))));
		// still readable
		assertThat(contents(this.materials.packet(this.meeting, this.tenant.staff()).content()))
			.contains("資料No.1　委員名簿");
	}

	@Test
	void aMemberOfThisCouncilDownloadsAndAMemberOfAnotherGetsNotFound() throws Exception {
		long id = add(MaterialKind.ROSTER, null, "委員名簿");
		long category = this.jdbc.sql("select min(id) from member_category where council_id = :c")
			.param("c", this.tenant.councilId())
			.query(Long.class)
			.single();
		long member = this.members
			.appoint(this.tenant.councilId(), this.tenant.staff(),
					new PersonDetails("試験 太郎", "しけん たろう", null, null, null), category, LocalDate.of(2025, 4, 1), null)
			.getMember()
			.getId();
		AccountPrincipal ours = new AccountPrincipal(-7001, "member-test", null, "試験 太郎", Role.MEMBER, null, null,
				member, null, true);
		// a planned meeting is the secretariat's draft: members see it from its
		// convocation on
		assertThatThrownBy(() -> this.materials.forMember(this.meeting, ours))
			.isInstanceOf(MaterialNotFoundException.class);
		this.mvc.perform(get("/member-portal/meetings/{id}/packet.pdf", this.meeting).with(user(ours)))
			.andExpect(status().isNotFound());
		this.meetings.changeStatus(this.meeting, MeetingStatus.CONVENED,
				this.meetings.meeting(this.meeting, this.tenant.staff()).getVersion(), this.tenant.staff());
		assertThat(this.materials.forMember(this.meeting, ours))
			.extracting(MemberMaterial::label, MemberMaterial::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("資料No.1", "委員名簿"));
		AccountPrincipal other = new AccountPrincipal(-7002, "member-other", null, "別の 委員", Role.MEMBER, null, null,
				null, null, true);
		assertThatThrownBy(() -> this.materials.forMember(this.meeting, other))
			.isInstanceOf(MaterialNotFoundException.class);
		this.mvc.perform(get("/member-portal/meetings/{id}/packet.pdf", this.meeting).with(user(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/member-portal/meetings/{id}/materials/{m}", this.meeting, id).with(user(other)))
			.andExpect(status().isNotFound());
	}

}
