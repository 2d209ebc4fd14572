package jp.kyogikai.meeting;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.SqlStatements;
import jp.kyogikai.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statements the demo's seed meeting page sends: the staff page checks the meeting
 * once and hands it to its panels (資料, 招集通知, 出欠の回答), which read only their own records;
 * the member portal's page reads the council's rules once. Before the panels shared the
 * checked meeting the staff page sent 47 statements and the member's 28.
 */
@IntegrationTest
class MeetingPageStatementTests {

	/** Statements of the staff page on the seed meeting, the session's two included. */
	static final int STAFF_PAGE = 24;

	/**
	 * Statements of the member portal's page on the seed meeting, the session's included.
	 */
	static final int MEMBER_PAGE = 21;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SqlStatements statements;

	@Test
	void theStaffPageOfTheSeedMeetingChecksTheMeetingOnceForAllItsPanels() throws Exception {
		long meeting = this.data.seedMeeting();
		AccountPrincipal staff = this.data.principal("staff");
		this.statements.reset();
		this.mvc.perform(get("/meetings/{id}", meeting).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"materials-heading\"")))
			.andExpect(content().string(containsString("id=\"convocation-heading\"")))
			.andExpect(content().string(containsString("id=\"replies-heading\"")));
		int count = this.statements.count();
		System.out.printf("SQL statements for the seed meeting's staff page: %d%n", count);
		assertThat(count).as(this.statements::sent).isLessThanOrEqualTo(STAFF_PAGE);
		assertThat(occurrences(this.statements.sent(), "from council ")).as(this.statements::sent).isEqualTo(2);
		assertThat(occurrences(this.statements.sent(), "from meeting m1_0 where m1_0.id=?")).as(this.statements::sent)
			.isEqualTo(1);
	}

	@Test
	void theMemberPortalPageOfTheSeedMeetingReadsTheCouncilsRulesOnce() throws Exception {
		long meeting = this.data.seedMeeting();
		AccountPrincipal member = this.data.principal("member");
		this.statements.reset();
		this.mvc.perform(get("/member-portal/meetings/{id}", meeting).with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("福祉有償運送について")));
		int count = this.statements.count();
		System.out.printf("SQL statements for the seed meeting's member portal page: %d%n", count);
		assertThat(count).as(this.statements::sent).isLessThanOrEqualTo(MEMBER_PAGE);
		assertThat(occurrences(this.statements.sent(), "from charter ")).as(this.statements::sent).isEqualTo(1);
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
