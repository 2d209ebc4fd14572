package jp.kyogikai.voting;

import java.util.List;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo: opening the live screen of the seed meeting (佐久市, 令和7年7月17日) stores seven
 * members present and 原田 and 井上 absent, from their replies, and states the quorum met
 * with 会長 中村 presiding. Only reads and the first-opening initialisation, so other tests
 * see the seed as it was.
 */
@IntegrationTest
class LiveSeedMeetingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theSeedMeetingStartsFromItsReplies() throws Exception {
		long meeting = this.jdbc.sql("""
				select m.id from meeting m join council c on c.id = m.council_id
				where c.name = '佐久市福祉有償運送運営協議会' and m.starts_at = timestamptz '2025-07-17 10:00+09'
				""").query(Long.class).single();
		AccountPrincipal staff = (AccountPrincipal) this.users.loadUserByUsername("staff");
		this.mvc.perform(get("/meetings/{id}/live", meeting).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("委員9人中7人出席、過半数に達しているため会議は成立"), containsString("会長 中村 光一"),
					containsString("原田 浩二"))));
		List<String> absent = this.jdbc.sql("""
				select p.name from meeting_attendance a join member p on p.id = a.member_id
				where a.meeting_id = :m and a.attendance = 'ABSENT' order by p.name
				""").param("m", meeting).query(String.class).list();
		assertThat(absent).containsExactlyInAnyOrder("原田 浩二", "井上 義男");
		assertThat(this.jdbc
			.sql("select count(*) from meeting_attendance where meeting_id = :m and attendance = 'PRESENT'")
			.param("m", meeting)
			.query(Long.class)
			.single()).isEqualTo(7);
	}

}
