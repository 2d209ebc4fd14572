package jp.kyogikai.member;

import jp.kyogikai.support.DemoCouncils;
import jp.kyogikai.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo council's roster PDF on the seed meeting's day.
 */
@IntegrationTest
class RosterPdfIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoRosterPdfHoldsTheNamesCategoriesAndWarekiTerm() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/councils/{c}/members/roster.pdf", DemoCouncils.id(this.jdbc, DemoCouncils.SAKU))
				.param("date", "2025-07-17")
				.with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\R", "");
			assertThat(text).contains("佐久市福祉有償運送運営協議会委員名簿（任期R6.8.10～R7.8.9）")
				.contains("令和7年7月17日現在")
				.contains("なかむら こういち")
				.contains("中村 光一")
				.contains("田中 誠")
				.contains("識見を有する者")
				.contains("長野運輸支局長が指定する職員")
				.contains("現に福祉有償運送を行っているNPO等")
				.contains("タクシー事業者")
				.contains("タクシー運転者")
				.contains("福祉有償運送の利用者")
				.contains("市職員")
				.contains("設置要綱により委員は10人以内。");
			assertThat(text.indexOf("識見を有する者")).isLessThan(text.indexOf("市職員"));
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("佐久市");
		}
	}

}
