package jp.kyogikai.convocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jp.kyogikai.convocation.ConvocationFixture.Setup;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.mail.OutboxSending;
import jp.kyogikai.meeting.MeetingSetupService;
import jp.kyogikai.member.MemberService;
import jp.kyogikai.member.MemberSetupService;
import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * The convocation's mail through a local SMTP server (GreenMail): with the server down
 * the sending still succeeds and the mail waits in the outbox (PENDING); once the server
 * is back the sender delivers each mail (SENT) with the member's link.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "kyogikai.mail.from=jimukyoku@example.jp",
		"kyogikai.base-url=https://kyogikai.example.jp/" })
class ConvocationSmtpTests {

	static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Autowired
	TestTenants tenants;

	@Autowired
	CouncilService councils;

	@Autowired
	MemberService members;

	@Autowired
	MemberSetupService memberSetup;

	@Autowired
	MeetingSetupService meetingSetup;

	@Test
	void whileTheServerIsDownTheConvocationWaitsAndArrivesWhenItIsBack() throws Exception {
		this.jdbc.sql("delete from mail_outbox").update();
		Setup setup = new ConvocationFixture(this.tenants, this.councils, this.members, this.memberSetup,
				this.meetingSetup)
			.create();
		long meeting = setup.meetingId();
		smtp.stop();
		this.mvc
			.perform(post("/meetings/{id}/convocation", meeting).param("documentPrefix", "テ福第")
				.param("documentNumber", "7")
				.param("letterDate", "2025-09-01")
				.with(user(setup.tenant().staff()))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "flash.convocation.sent"));
		List<Map<String, Object>> queued = mails(meeting);
		assertThat(queued).isNotEmpty().allSatisfy((mail) -> assertThat(mail.get("status")).isEqualTo("PENDING"));
		int count = queued.size();

		Instant now = this.clock.instant().plusSeconds(1);
		assertThat(OutboxSending.sendDue(this.context, now)).isEqualTo(1); // the first
																			// failure
																			// ends the
		// run
		assertThat(mails(meeting)).allSatisfy((mail) -> assertThat(mail.get("status")).isEqualTo("PENDING"));
		assertThat(mails(meeting).get(0).get("attempts")).isEqualTo(1);

		smtp.start();
		Instant later = now.plus(java.time.Duration.ofDays(1));
		assertThat(OutboxSending.sendDue(this.context, later)).isEqualTo(count);
		assertThat(mails(meeting)).allSatisfy((mail) -> assertThat(mail.get("status")).isEqualTo("SENT"));
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(count);
		for (MimeMessage message : received) {
			assertThat(message.getSubject()).isEqualTo("【招集】令和7年度第1回" + setup.tenant().council().getName() + "の開催について");
			assertThat(((String) message.getContent()).replace("\r\n", "\n"))
				.contains("https://kyogikai.example.jp/member-portal/meetings/" + meeting + "\n")
				.contains("テ福第7号");
		}
	}

	List<Map<String, Object>> mails(long meeting) {
		return this.jdbc.sql("select status, attempts from mail_outbox where reference = :r order by id")
			.param("r", "meeting:" + meeting)
			.query()
			.listOfRows();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
