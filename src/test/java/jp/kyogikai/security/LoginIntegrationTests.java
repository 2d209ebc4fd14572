package jp.kyogikai.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoStaffSignsInWithDemoPassword() throws Exception {
		this.mvc.perform(formLogin().user("staff").password("demo"))
			.andExpect(authenticated().withUsername("staff").withRoles("SECRETARIAT"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void passwordsAreStoredHashedWithTheirEncoderId() {
		String hash = this.users.findByUsername("staff").orElseThrow().getPasswordHash();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo");
		assertThat(this.passwordEncoder.matches("demo", hash)).isTrue();
	}

	@Test
	void loginPageIsJapaneseAndPublic() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"ja\"")))
			.andExpect(content().string(containsString("ユーザー名")))
			.andExpect(content().string(containsString("パスワード")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void anUnknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
		String existing = newUser();
		this.mvc.perform(formLogin().user(existing).password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("nobody-" + UUID.randomUUID()).password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("ユーザー名またはパスワードが正しくありません。")));
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 4; i++) {
			this.mvc.perform(formLogin().user(username).password("wrong" + i)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user(username).password("wrong5")).andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(formLogin().user(username).password("secret"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("一時的にロックされています")));
	}

	@Test
	void anUnknownUserIsLockedAfterFiveFailuresTooSoNamesCannotBeProbed() throws Exception {
		String unknown = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 4; i++) {
			this.mvc.perform(formLogin().user(unknown).password("x")).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user(unknown).password("x")).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void theLockEndsAfterItsDurationAndASuccessClearsTheCount() throws Exception {
		String username = newUser();
		for (int i = 1; i <= 5; i++) {
			this.mvc.perform(formLogin().user(username).password("wrong"));
		}
		this.mvc.perform(formLogin().user(username).password("secret")).andExpect(redirectedUrl("/login?locked"));
		this.jdbc.sql("update login_attempt set locked_until = :past where username = :username")
			.param("past", Timestamp.from(Instant.now().minusSeconds(1)))
			.param("username", username)
			.update();
		this.mvc.perform(formLogin().user(username).password("secret")).andExpect(authenticated());
		assertThat(this.jdbc.sql("select count(*) from login_attempt where username = :username")
			.param("username", username)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theUserNameIsMatchedWithoutRegardToCaseAndSpaces() throws Exception {
		this.mvc.perform(formLogin().user(" Staff ").password("demo")).andExpect(authenticated().withUsername("staff"));
	}

	@Test
	void aLoginWithoutCsrfTokenIsRejected() throws Exception {
		this.mvc.perform(post("/login").param("username", "staff").param("password", "demo"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		this.mvc
			.perform(post("/logout").with(
					org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

	private String newUser() {
		String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.save(UserAccount.admin(username, this.passwordEncoder.encode("secret"), "試験 太郎"));
		return username;
	}

}
