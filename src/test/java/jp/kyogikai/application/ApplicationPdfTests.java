package jp.kyogikai.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static jp.kyogikai.application.ApplicationFixtures.PORTAL;
import static jp.kyogikai.application.ApplicationFixtures.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 協議申請書 PDF of のんびり's demo 対価の変更: cover, sections, fares, no personal data of
 * drivers, the attachments appended with bookmarks, and access as on the application's
 * page.
 */
@IntegrationTest
class ApplicationPdfTests {

	private static final LocalDate SECRET_BIRTH_DATE = LocalDate.of(1961, 3, 14);

	private static final String SECRET_ADDRESS = "佐久市秘密町九丁目九番九号";

	private static final String SECRET_LICENCE = "987654321012";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	long nonbiriApplication;

	@BeforeEach
	void findTheDemoApplication() {
		this.nonbiriApplication = this.jdbc.sql("""
				select a.id from application a join operator o on o.id = a.operator_id
				where o.name = '特定非営利活動法人 のんびり' and a.type = 'FARE_CHANGE'
				""").query(Long.class).single();
	}

	@Test
	void theStaffPdfHasTheCoverTheSectionsAndTheFaresButNoPersonalDataOfDrivers() throws Exception {
		long operatorId = this.jdbc.sql("select operator_id from application where id = :id")
			.param("id", this.nonbiriApplication)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into driver (operator_id, name, furigana, birth_date, address, licence_number, licence_class,
				  licence_expires_on, welfare_course_on, appointed_on)
				values (:operator, '試験 運転者', 'しけん うんてんしゃ', :birth, :address, :licence, 'CLASS_2',
				  date '2030-01-01', date '2020-04-01', date '2020-04-01')
				""")
			.param("operator", operatorId)
			.param("birth", SECRET_BIRTH_DATE)
			.param("address", SECRET_ADDRESS)
			.param("licence", SECRET_LICENCE)
			.update();
		try {
			byte[] bytes = this.mvc
				.perform(get(STAFF + "/{id}/pdf", this.nonbiriApplication).with(user(principal("staff"))))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/pdf"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			Files.createDirectories(Path.of("target", "pdf-previews"));
			Files.write(Path.of("target", "pdf-previews", "application.pdf"), bytes);
			try (PDDocument pdf = Loader.loadPDF(bytes)) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(1);
				stripper.setEndPage(1);
				String cover = stripper.getText(pdf);
				assertThat(cover).contains("佐久市福祉有償運送", "登録変更協議申請書", "特定非営利活動法人", "のんびり", "佐久市福祉有償運送運営協議会", "受付番号",
						Wareki.format(LocalDate.of(2025, 6, 5)));
				String text = new PDFTextStripper().getText(pdf);
				assertThat(text).contains("申請者", "旅客から収受する対価", "現行", "運送の対価", "タクシー運賃", "試験 運転者", "福祉有償運送運転者講習", "添付書類",
						"対価表", "対価表_のんびり.pdf");
				// the applicant, its offices and vehicles as registered now (のんびり's demo
				// record, unless a test emptied it); a table without rows says so
				Map<String, Object> applicant = this.jdbc
					.sql("select address, representative, registration_number from operator where id = :id")
					.param("id", operatorId)
					.query()
					.singleRow();
				String compact = text.replaceAll("\\s+", "");
				assertThat(compact).contains(applicant.values()
					.stream()
					.filter(Objects::nonNull)
					.map((value) -> value.toString().replaceAll("\\s+", ""))
					.toList());
				List<String> plates = this.jdbc.sql("select plate_number from vehicle where operator_id = :id")
					.param("id", operatorId)
					.query(String.class)
					.list();
				assertThat(compact).contains(plates.isEmpty() ? List.of("登録なし")
						: plates.stream().map((plate) -> plate.replaceAll("\\s+", "")).toList());
				// the demo proposal: base fare 300 → 350 円 and 迎車 100 → 200 円, current
				// beside proposed
				assertThat(text).contains("変更後", "2kmまで300円", "2kmまで350円");
				assertThat(text).doesNotContain(SECRET_ADDRESS, SECRET_LICENCE, Wareki.format(SECRET_BIRTH_DATE),
						"1961");
				assertThat(pdf.getDocumentInformation().getTitle()).contains("登録変更協議申請書");
				assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("佐久市");
				assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ja-JP");
				assertThat(titles(pdf)).contains("1　申請者", "8　旅客から収受する対価", "12　添付書類");
			}
		}
		finally {
			this.jdbc.sql("delete from driver where licence_number = :licence")
				.param("licence", SECRET_LICENCE)
				.update();
		}
	}

	@Test
	void withAttachmentsTheAttachedPdfsAreAppendedEachWithABookmark() throws Exception {
		AccountPrincipal nonbiri = principal("nonbiri");
		byte[] plain = this.mvc.perform(get(PORTAL + "/{id}/pdf", this.nonbiriApplication).with(user(nonbiri)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] full = this.mvc
			.perform(
					get(PORTAL + "/{id}/pdf", this.nonbiriApplication).param("attachments", "true").with(user(nonbiri)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		int attachedPages = 0;
		List<Long> current = this.jdbc.sql("""
				select max(id) from application_attachment where application_id = :id group by kind
				""").param("id", this.nonbiriApplication).query(Long.class).list();
		assertThat(current).isNotEmpty();
		for (long attachment : current) {
			byte[] file = this.mvc
				.perform(get(PORTAL + "/{id}/attachments/{a}", this.nonbiriApplication, attachment).with(user(nonbiri)))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(file)) {
				attachedPages += document.getNumberOfPages();
			}
		}
		try (PDDocument main = Loader.loadPDF(plain); PDDocument appended = Loader.loadPDF(full)) {
			assertThat(appended.getNumberOfPages()).isEqualTo(main.getNumberOfPages() + attachedPages);
			assertThat(titles(appended)).contains("1　申請者", "対価表", "対価の算定根拠");
			assertThat(titles(main)).doesNotContain("対価表", "対価の算定根拠");
			assertThat(new PDFTextStripper().getText(appended)).contains("対価の算定根拠", "燃料費");
		}
	}

	@Test
	void accessIsThatOfTheApplicationsPage() throws Exception {
		long id = this.nonbiriApplication;
		this.mvc.perform(get(PORTAL + "/{id}/pdf", id).with(user(principal("tanto")))).andExpect(status().isNotFound());
		this.mvc.perform(get(STAFF + "/{id}/pdf", id).with(user(principal("tanto")))).andExpect(status().isForbidden());
		this.mvc.perform(get(STAFF + "/{id}/pdf", id).with(user(principal("staff2")))).andExpect(status().isNotFound());
		this.mvc.perform(get(STAFF + "/{id}/pdf", id).with(user(principal("member"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(PORTAL + "/{id}/pdf", id).with(user(principal("member"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(PORTAL + "/{id}/pdf", id).with(user(principal("staff"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(STAFF + "/{id}", id).with(user(principal("staff"))))
			.andExpect(content().string(containsString("/applications/" + id + "/pdf")));
		this.mvc.perform(get(PORTAL + "/{id}", id).with(user(principal("nonbiri"))))
			.andExpect(content().string(containsString("/operator-portal/applications/" + id + "/pdf")));
	}

	private static List<String> titles(PDDocument pdf) {
		List<String> titles = new ArrayList<>();
		if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
			for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
				titles.add(item.getTitle());
			}
		}
		return titles;
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

}
