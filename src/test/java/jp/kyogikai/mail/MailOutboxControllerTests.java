package jp.kyogikai.mail;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox page: staff read their municipality's mail only, the administrator all of
 * it, members and operators nothing.
 */
@IntegrationTest
class MailOutboxControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	long saku;

	long komoro;

	@BeforeEach
	void setUp() {
		this.jdbc.sql("delete from mail_outbox").update();
		this.saku = municipality("佐久市");
		this.komoro = municipality("小諸市");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from mail_outbox").update();
	}

	@Test
	void staffReadTheirMunicipalitysMailAndItsText() throws Exception {
		long sakuMail = enqueue(this.saku, "【佐久市】第3回運営協議会の招集通知", "佐久 花子 様\n\n第3回を招集します。\n<b>資料</b>");
		enqueue(this.komoro, "【小諸市】申請の受付", "小諸 太郎 様");
		AccountPrincipal staff = principal("staff");
		this.mvc.perform(get("/").with(user(staff))).andExpect(content().string(containsString("/mail-outbox")));
		this.mvc.perform(get("/mail-outbox").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("メール送信履歴"), containsString("【佐久市】第3回運営協議会の招集通知"),
					containsString("hanako@example.jp"), containsString("送信待ち"), not(containsString("【小諸市】")),
					not(containsString("??")))));
		this.mvc.perform(get("/mail-outbox/{id}", sakuMail).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("第3回を招集します。"), containsString("&lt;b&gt;資料&lt;/b&gt;"),
					containsString("meeting:3"), containsString("0回（上限10回）"), not(containsString("<b>資料")),
					not(containsString("??")))));
	}

	@Test
	void staffOfAnotherMunicipalityGetA404() throws Exception {
		long sakuMail = enqueue(this.saku, "【佐久市】招集通知", "本文");
		failed(sakuMail);
		AccountPrincipal staff2 = principal("staff2");
		this.mvc.perform(get("/mail-outbox").with(user(staff2)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("メールはありません。"), not(containsString("【佐久市】")))));
		this.mvc.perform(get("/mail-outbox/{id}", sakuMail).with(user(staff2))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/mail-outbox/{id}/retry", sakuMail).param("version", Long.toString(version(sakuMail)))
				.with(user(staff2))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(stateOf(sakuMail)).isEqualTo("FAILED");
	}

	@Test
	void membersOperatorsAndAnonymousUsersAreKeptOut() throws Exception {
		long sakuMail = enqueue(this.saku, "【佐久市】招集通知", "本文");
		failed(sakuMail);
		for (String username : new String[] { "member", "nonbiri", "chair" }) {
			AccountPrincipal user = principal(username);
			this.mvc.perform(get("/mail-outbox").with(user(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/mail-outbox/{id}", sakuMail).with(user(user))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/mail-outbox/{id}/retry", sakuMail).param("version", "0").with(user(user)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/").with(user(user)))
				.andExpect(content().string(not(containsString("/mail-outbox"))));
		}
		this.mvc.perform(get("/mail-outbox")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/mail-outbox/{id}", sakuMail)).andExpect(redirectedUrl("/login"));
		assertThat(stateOf(sakuMail)).isEqualTo("FAILED");
	}

	@Test
	void theAdministratorReadsEveryMunicipalitysMail() throws Exception {
		long komoroMail = enqueue(this.komoro, "【小諸市】申請の受付", "小諸 太郎 様");
		enqueue(this.saku, "【佐久市】招集通知", "本文");
		AccountPrincipal admin = principal("admin");
		this.mvc.perform(get("/mail-outbox").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("【小諸市】申請の受付"), containsString("【佐久市】招集通知"))));
		this.mvc.perform(get("/mail-outbox/{id}", komoroMail).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("小諸 太郎 様")));
	}

	@Test
	void theListCanBeFilteredByStatus() throws Exception {
		long given = enqueue(this.saku, "【佐久市】あきらめたメール", "本文");
		failed(given);
		enqueue(this.saku, "【佐久市】待っているメール", "本文");
		this.mvc.perform(get("/mail-outbox").param("status", "FAILED").with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("【佐久市】あきらめたメール"), containsString("送信失敗"),
					not(containsString("【佐久市】待っているメール")))));
	}

	@Test
	void aLoggedMailSaysItWasNotSent() throws Exception {
		long id = enqueue(this.saku, "【佐久市】記録のみ", "本文");
		this.jdbc.sql("update mail_outbox set status = 'LOGGED', sent_at = now() where id = :id")
			.param("id", id)
			.update();
		this.mvc.perform(get("/mail-outbox/{id}", id).with(user(principal("staff"))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("記録のみ（未送信）"), containsString("メールサーバーが設定されていないため、このメールは送信していません。"))));
	}

	@Test
	void staffQueueAGivenUpMailAgain() throws Exception {
		long id = enqueue(this.saku, "【佐久市】招集通知", "本文");
		AccountPrincipal staff = principal("staff");
		this.mvc
			.perform(post("/mail-outbox/{id}/retry", id).param("version", Long.toString(version(id)))
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "mail.retry.notFailed"));
		assertThat(stateOf(id)).isEqualTo("PENDING");
		failed(id);
		this.mvc.perform(get("/mail-outbox/{id}", id).with(user(staff)))
			.andExpect(content().string(
					allOf(containsString("もう一度送信する"), containsString("Connection refused"), containsString("未送信"))));
		this.mvc
			.perform(post("/mail-outbox/{id}/retry", id).param("version", Long.toString(version(id))).with(user(staff)))
			.andExpect(status().isForbidden());
		assertThat(stateOf(id)).isEqualTo("FAILED");
		this.mvc
			.perform(post("/mail-outbox/{id}/retry", id).param("version", Long.toString(version(id) - 1))
				.with(user(staff))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "mail.retry.stale"));
		assertThat(stateOf(id)).isEqualTo("FAILED");
		this.mvc
			.perform(post("/mail-outbox/{id}/retry", id).param("version", Long.toString(version(id)))
				.with(user(staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/mail-outbox/" + id))
			.andExpect(flash().attribute("flashMessage", "flash.mail.retried"));
		assertThat(stateOf(id)).isEqualTo("PENDING");
		assertThat(this.jdbc.sql("select attempts from mail_outbox where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
	}

	private long enqueue(long municipalityId, String subject, String body) {
		return new TransactionTemplate(this.transactionManager).execute((status) -> this.outbox
			.enqueue(OutgoingMail.of("CONVOCATION", "hanako@example.jp", "佐久 花子", subject, body)
				.withMunicipality(municipalityId)
				.withReference("meeting:3")))
			.orElseThrow();
	}

	private void failed(long id) {
		this.jdbc.sql("""
				update mail_outbox set status = 'FAILED', attempts = 10, version = version + 1,
				last_error = 'MailSendException: Mail server connection failed; Connection refused'
				where id = :id""").param("id", id).update();
	}

	private String stateOf(long id) {
		return this.jdbc.sql("select status from mail_outbox where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long version(long id) {
		return this.jdbc.sql("select version from mail_outbox where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private long municipality(String name) {
		return this.jdbc.sql("select id from municipality where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

}
