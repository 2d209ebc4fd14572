package jp.kyogikai.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender against a local SMTP server (GreenMail): sent, the server down, back again,
 * given up, and two senders at once.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "kyogikai.mail.from=jimukyoku@example.jp",
		"kyogikai.mail.from-name=佐久市福祉有償運送運営協議会事務局" })
class OutboxSenderSmtpTests {

	static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxMailRepository mails;

	@Autowired
	MailOutboxProperties properties;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Instant now;

	@BeforeEach
	void setUp() {
		this.jdbc.sql("delete from mail_outbox").update();
		this.now = this.clock.instant().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from mail_outbox").update();
	}

	@Test
	void aQueuedMailIsSentInUtf8AndMarkedSent() throws Exception {
		long id = enqueue("hanako@example.jp");
		assertThat(this.sender.sendDue(this.now)).isEqualTo(1);
		OutboxMail sent = this.mails.findById(id).orElseThrow();
		assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(sent.getAttempts()).isEqualTo(1);
		assertThat(sent.getSentAt()).isEqualTo(this.now);
		assertThat(sent.getLastError()).isNull();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo("【佐久市】第3回運営協議会の招集通知");
		InternetAddress to = (InternetAddress) message.getRecipients(RecipientType.TO)[0];
		assertThat(to.getAddress()).isEqualTo("hanako@example.jp");
		assertThat(to.getPersonal()).isEqualTo("佐久 花子");
		InternetAddress from = (InternetAddress) message.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("jimukyoku@example.jp");
		assertThat(from.getPersonal()).isEqualTo("佐久市福祉有償運送運営協議会事務局");
		assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
		assertThat(((String) message.getContent()).replace("\r\n", "\n")).isEqualTo(body());
		// the raw message carries no unencoded Japanese in its headers
		assertThat(GreenMailUtil.getHeaders(message)).doesNotContain("招集").contains("=?UTF-8?");
		assertThat(this.sender.sendDue(this.now.plusSeconds(60))).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void whileTheServerIsDownTheMailWaitsAndGoesWhenItReturns() throws Exception {
		long id = enqueue("hanako@example.jp");
		smtp.stop();
		assertThat(this.sender.sendDue(this.now)).isEqualTo(1);
		OutboxMail waiting = this.mails.findById(id).orElseThrow();
		assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(waiting.getAttempts()).isEqualTo(1);
		assertThat(waiting.getNextAttemptAt()).isEqualTo(this.now.plus(this.properties.retryBaseDelay()));
		assertThat(waiting.getLastError()).isNotBlank().doesNotContain("第3回").hasSizeLessThanOrEqualTo(500);
		assertThat(waiting.getSentAt()).isNull();

		// not due again before the back-off has passed
		assertThat(this.sender.sendDue(this.now.plusSeconds(60))).isZero();
		assertThat(this.mails.findById(id).orElseThrow().getAttempts()).isEqualTo(1);

		smtp.start();
		Instant later = waiting.getNextAttemptAt();
		assertThat(this.sender.sendDue(later)).isEqualTo(1);
		OutboxMail sent = this.mails.findById(id).orElseThrow();
		assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(sent.getAttempts()).isEqualTo(2);
		assertThat(sent.getSentAt()).isEqualTo(later);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("【佐久市】第3回運営協議会の招集通知");
	}

	@Test
	void afterTheMaximumAttemptsTheMailIsGivenUp() {
		long id = enqueue("hanako@example.jp");
		smtp.stop();
		Instant at = this.now;
		Duration expectedWait = this.properties.retryBaseDelay();
		for (int attempt = 1; attempt < this.properties.maxAttempts(); attempt++) {
			assertThat(this.sender.sendDue(at)).isEqualTo(1);
			OutboxMail mail = this.mails.findById(id).orElseThrow();
			assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
			assertThat(mail.getAttempts()).isEqualTo(attempt);
			assertThat(Duration.between(at, mail.getNextAttemptAt())).isEqualTo(expectedWait);
			at = mail.getNextAttemptAt();
			expectedWait = min(expectedWait.multipliedBy(2), this.properties.retryMaxDelay());
		}
		assertThat(this.sender.sendDue(at)).isEqualTo(1);
		OutboxMail failed = this.mails.findById(id).orElseThrow();
		assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.getAttempts()).isEqualTo(this.properties.maxAttempts());
		assertThat(failed.getSentAt()).isNull();
		smtp.start();
		assertThat(this.sender.sendDue(at.plus(Duration.ofDays(30)))).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aFailureEndsTheRunSoTheOtherMailWaitsForTheNext() {
		long first = enqueue("hanako@example.jp");
		long second = enqueue("taro@example.jp");
		smtp.stop();
		assertThat(this.sender.sendDue(this.now)).isEqualTo(1);
		assertThat(this.mails.findById(first).orElseThrow().getAttempts()).isEqualTo(1);
		assertThat(this.mails.findById(second).orElseThrow().getAttempts()).isZero();
		smtp.start();
		assertThat(this.sender.sendDue(this.now.plusSeconds(30))).isEqualTo(1);
		assertThat(this.mails.findById(second).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(this.mails.findById(first).orElseThrow().getStatus()).isEqualTo(MailStatus.PENDING);
	}

	@Test
	void aMalformedAddressIsGivenUpAtOnceWithoutHoldingUpTheRest() {
		long broken = enqueue("hanako@@example..jp");
		long fine = enqueue("taro@example.jp");
		assertThat(this.sender.sendDue(this.now)).isEqualTo(2);
		OutboxMail failed = this.mails.findById(broken).orElseThrow();
		assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.getAttempts()).isEqualTo(1);
		assertThat(failed.getLastError()).contains("宛先");
		assertThat(this.mails.findById(fine).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a sender that
																			// waited for
																			// the lock
																			// would hang
	void aMailLockedByAnotherInstanceIsSkipped() throws Exception {
		long locked = enqueue("hanako@example.jp");
		long free = enqueue("taro@example.jp");
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement lock = other
				.prepareStatement("select id from mail_outbox where id = ? for update")) {
				lock.setLong(1, locked);
				try (ResultSet rows = lock.executeQuery()) {
					assertThat(rows.next()).isTrue();
				}
			}
			assertThat(this.sender.sendDue(this.now)).isEqualTo(1);
			assertThat(this.mails.findById(locked).orElseThrow().getStatus()).isEqualTo(MailStatus.PENDING);
			assertThat(this.mails.findById(free).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
			other.rollback();
		}
		assertThat(this.sender.sendDue(this.now)).isEqualTo(1);
		assertThat(this.mails.findById(locked).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	private long enqueue(String address) {
		return new TransactionTemplate(this.transactionManager).execute((status) -> this.outbox
			.enqueue(OutgoingMail.of("CONVOCATION", address, "佐久 花子", "【佐久市】第3回運営協議会の招集通知", body())
				.withReference("meeting:3")))
			.orElseThrow();
	}

	private static String body() {
		return """
				佐久 花子 様

				令和7年度第3回佐久市福祉有償運送運営協議会を次のとおり招集します。
				日時：令和7年9月18日（木）午後2時から
				場所：佐久市役所 8階 第1会議室
				資料：https://kyogikai.example.jp/member-portal/meetings/3/packet

				ご出席の可否を9月11日までにお知らせください。①②③ ～ ―
				""";
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
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
