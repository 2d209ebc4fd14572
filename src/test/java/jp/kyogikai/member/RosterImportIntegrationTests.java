package jp.kyogikai.member;

import java.nio.charset.StandardCharsets;

import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestTenants;
import jp.kyogikai.support.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RosterImportIntegrationTests {

	static final String HEADER = "氏名,ふりがな,選出区分,所属・役職,任期開始,任期終了\n";

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
	void oneBadRowAmongTenChangesNothingAndNamesTheRow() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 10; i++) {
			String category = (i == 7) ? "観光協会" : "識見を有する者";
			csv.append("委員").append(i).append(",いいん").append(",").append(category).append(",,令和6年8月10日,\n");
		}
		this.mvc.perform(upload(csv.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("何も登録していません"), containsString("8行目"),
					containsString("選出区分「観光協会」はこの協議会の設置要綱にありません。"), not(containsString("2行目")))));
		assertThat(appointments()).isZero();
	}

	@Test
	void theRowThatWouldExceedTheMaximumIsNamed() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 11; i++) {
			csv.append("委員").append(i).append(",いいん,市職員,,2024-08-10,\n");
		}
		this.mvc.perform(upload(csv.toString()))
			.andExpect(content().string(allOf(containsString("12行目"), containsString("設置要綱の定数（10人以内）を超えるため委嘱できません。"))));
		assertThat(appointments()).isZero();
	}

	@Test
	void badDatesFuriganaAndMissingColumnsAreReported() throws Exception {
		this.mvc.perform(upload(HEADER + "上嶋 通徳,カミシマ,識見を有する者,,令和6年13月1日,\n"))
			.andExpect(content().string(
					allOf(containsString("ふりがな「カミシマ」はひらがなで入力してください。"), containsString("任期開始「令和6年13月1日」を日付として読めません。"))));
		this.mvc.perform(upload("氏名,選出区分\n上嶋,識見を有する者\n"))
			.andExpect(content().string(containsString("1行目の見出しに「ふりがな、任期開始」の列がありません。")));
		assertThat(appointments()).isZero();
	}

	@Test
	void aGoodFileIsImportedWholeAndExportedAgain() throws Exception {
		String csv = HEADER + "上嶋 通徳,かみしま みちのり,識見を有する者,佐久市区長会 理事,令和6年8月10日,\n"
				+ "小池 誠,こいけ まこと,市職員,福祉部 部長,R6.8.10,2025/8/9\n";
		this.mvc.perform(upload(csv)).andExpect(redirectedUrl("/councils/" + this.tenant.councilId() + "/members"));
		assertThat(appointments()).isEqualTo(2);
		this.mvc
			.perform(get("/councils/{c}/members/roster.csv", this.tenant.councilId()).param("date", "2025-07-17")
				.with(user(this.tenant.staff())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		String exported = new String(this.mvc
			.perform(get("/councils/{c}/members/roster.csv", this.tenant.councilId()).param("date", "2025-07-17")
				.with(user(this.tenant.staff())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(exported).startsWith("\uFEFF氏名,ふりがな")
			.contains("上嶋 通徳,かみしま みちのり,識見を有する者,佐久市区長会 理事,,,令和6年8月10日,令和7年8月9日,");
	}

	@Test
	void onlyCsvFilesAreAccepted() throws Exception {
		this.mvc
			.perform(multipart("/councils/{c}/members/import", this.tenant.councilId())
				.file(new MockMultipartFile("file", "roster.pdf", "application/pdf", "%PDF-1.7".getBytes()))
				.with(user(this.tenant.staff()))
				.with(csrf()))
			.andExpect(content().string(containsString("CSVファイル（.csv）を選んでください。")));
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String csv) {
		return multipart("/councils/{c}/members/import", this.tenant.councilId())
			.file(new MockMultipartFile("file", "roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(this.tenant.staff()))
			.with(csrf());
	}

	private int appointments() {
		return this.jdbc.sql("select count(*) from appointment where council_id = :c")
			.param("c", this.tenant.councilId())
			.query(Integer.class)
			.single();
	}

}
