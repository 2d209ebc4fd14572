package jp.kyogikai.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jp.kyogikai.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Queuing mail in the caller's transaction, and the sender without an SMTP server (the
 * test context, like {@code local}, sets no {@code spring.mail.host}).
 */
@IntegrationTest
class MailOutboxTests {

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
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	TransactionTemplate transaction;

	@BeforeEach
	void setUp() {
		this.transaction = new TransactionTemplate(this.transactionManager);
		this.jdbc.sql("delete from mail_outbox").update();
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from mail_outbox").update();
	}

	@Test
	void aMailIsQueuedOnlyWhenTheCallersTransactionCommits() {
		this.transaction.executeWithoutResult((status) -> {
			assertThat(this.outbox.enqueue(mail("rolled-back"))).isPresent();
			status.setRollbackOnly();
		});
		assertThat(count()).isZero();
		Optional<Long> id = this.transaction.execute((status) -> this.outbox.enqueue(mail("committed")));
		assertThat(count()).isEqualTo(1);
		OutboxMail queued = this.mails.findById(id.orElseThrow()).orElseThrow();
		assertThat(queued.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(queued.getAttempts()).isZero();
		assertThat(queued.getSubject()).isEqualTo("委員会のお知らせ committed");
		assertThat(queued.getBody()).isEqualTo("佐久 花子 様\n\n第3回の会議を開催します。\n");
		assertThat(queued.getRecipientName()).isEqualTo("佐久 花子");
		assertThat(queued.getReference()).isEqualTo("meeting:3");
		assertThat(queued.getNextAttemptAt()).isEqualTo(queued.getCreatedAt());
	}

	@Test
	void enqueueRefusesToRunOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.outbox.enqueue(mail("no transaction")));
		assertThat(count()).isZero();
	}

	@Test
	void theSameNotificationIsQueuedOnce() {
		OutgoingMail mail = mail("once").withDedupKey("convocation:meeting:3:member:12");
		Optional<Long> first = this.transaction.execute((status) -> this.outbox.enqueue(mail));
		Optional<Long> second = this.transaction.execute((status) -> this.outbox.enqueue(mail));
		assertThat(first).isPresent();
		assertThat(second).isEmpty();
		// a duplicate does not break the caller's transaction: its other work still
		// commits
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.enqueue(mail);
			this.outbox.enqueue(mail("other").withDedupKey("convocation:meeting:3:member:13"));
		});
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void withoutAnSmtpServerMailIsLoggedForTheOutboxPage() {
		long id = this.transaction.execute((status) -> this.outbox.enqueue(mail("logged"))).orElseThrow();
		Instant now = this.clock.instant().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
		assertThat(this.sender.sendDue(now)).isEqualTo(1);
		OutboxMail logged = this.mails.findById(id).orElseThrow();
		assertThat(logged.getStatus()).isEqualTo(MailStatus.LOGGED);
		assertThat(logged.getSentAt()).isEqualTo(now);
		assertThat(logged.getAttempts()).isZero();
		assertThat(this.sender.sendDue(now.plusSeconds(60))).isZero();
	}

	@Test
	void withoutAnSmtpServerInProductionMailWaits() {
		long id = this.transaction.execute((status) -> this.outbox.enqueue(mail("waits"))).orElseThrow();
		MailOutboxProperties production = new MailOutboxProperties(this.properties.from(), "",
				this.properties.sendInterval(), false, this.properties.batchSize(), this.properties.maxAttempts(),
				this.properties.retryBaseDelay(), this.properties.retryMaxDelay(), false);
		OutboxSender productionSender = new OutboxSender(this.mails,
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), production,
				this.transactionManager, this.clock);
		assertThat(productionSender.sendDue(this.clock.instant().plusSeconds(60))).isZero();
		OutboxMail waiting = this.mails.findById(id).orElseThrow();
		assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(waiting.getAttempts()).isZero();
	}

	private static OutgoingMail mail(String subject) {
		return OutgoingMail
			.of("CONVOCATION", "hanako@example.jp", "佐久 花子", "委員会のお知らせ " + subject, "佐久 花子 様\n\n第3回の会議を開催します。\n")
			.withReference("meeting:3");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
	}

}
