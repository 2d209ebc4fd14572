package jp.kyogikai.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due mail of the outbox, one mail per transaction: the row is locked with
 * {@code FOR UPDATE SKIP LOCKED} while it is sent, so two instances never send the same
 * mail at once. A failure counts an attempt and puts the mail off with an exponential
 * back-off (then {@link MailStatus#FAILED} after the maximum attempts) and ends the run,
 * since the server is most likely down; the other mails wait for the next run. A mail the
 * server took but whose commit then failed would be sent again: delivery is at least
 * once.
 * <p>
 * Without an SMTP server ({@code spring.mail.host} unset, so no {@link JavaMailSender}),
 * mail is marked {@link MailStatus#LOGGED} for the outbox page when
 * {@code kyogikai.mail.log-only-without-smtp} is on (the default, and the {@code local}
 * profile), or left {@link MailStatus#PENDING} when it is off (production).
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxMailRepository mails;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailOutboxProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OutboxSender(OutboxMailRepository mails, ObjectProvider<JavaMailSender> mailSender, MailOutboxProperties properties,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.mails = mails;
		this.mailSender = mailSender;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Says at start-up where mail goes.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender instanceof JavaMailSenderImpl smtp) {
			log.info("メール送信: SMTP {}:{}（差出人 {}）", smtp.getHost(), smtp.getPort(), this.properties.from());
		}
		else if (sender == null && this.properties.logOnlyWithoutSmtp()) {
			log.info("メールサーバー（spring.mail.host）が未設定のため、メールは送信せず、メール送信履歴（/mail-outbox）にのみ記録します");
		}
		else if (sender == null) {
			log.warn("メールサーバー（spring.mail.host）が未設定です。メールは送信待ちのまま保管され、設定後に送信されます");
		}
	}

	/**
	 * Sends what is due now.
	 * @return the number of mails handled (sent, logged or failed)
	 */
	int sendDue() {
		return sendDue(this.clock.instant());
	}

	/**
	 * Sends the mail due at the given time.
	 * @param now the time
	 * @return the number of mails handled (sent, logged or failed)
	 */
	int sendDue(Instant now) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null && !this.properties.logOnlyWithoutSmtp()) {
			return 0;
		}
		int handled = 0;
		while (handled < this.properties.batchSize()) {
			Outcome outcome = this.transaction.execute((status) -> sendNext(sender, now));
			if (outcome == Outcome.NONE_DUE) {
				break;
			}
			handled++;
			if (outcome == Outcome.RETRY_LATER) {
				break;
			}
		}
		return handled;
	}

	private Outcome sendNext(JavaMailSender sender, Instant now) {
		OutboxMail mail = this.mails.lockNextDue(now).orElse(null);
		if (mail == null) {
			return Outcome.NONE_DUE;
		}
		if (sender == null) {
			mail.logged(now);
			log.info("メールサーバー未設定のため、メール {}（{}）は送信せずメール送信履歴にのみ記録しました", mail.getId(), mail.getKind());
			return Outcome.DONE;
		}
		MimeMessage message;
		try {
			message = prepare(sender, mail, now);
		}
		catch (MessagingException | UnsupportedEncodingException | RuntimeException ex) {
			mail.rejected(now, "メールを組み立てられません（宛先の形式など）: " + describe(ex));
			log.warn("メール {}（{}）は形式が不正なため送信しません: {}", mail.getId(), mail.getKind(), ex.getClass().getSimpleName());
			return Outcome.DONE;
		}
		try {
			sender.send(message);
		}
		catch (RuntimeException ex) {
			mail.attemptFailed(now, describe(ex), this.properties);
			log.warn("メール {}（{}）を送信できませんでした（{}回目、状態 {}）: {}", mail.getId(), mail.getKind(), mail.getAttempts(),
					mail.getStatus(), ex.getClass().getSimpleName());
			return Outcome.RETRY_LATER;
		}
		mail.sent(now);
		return Outcome.DONE;
	}

	private MimeMessage prepare(JavaMailSender sender, OutboxMail mail, Instant now)
			throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		if (this.properties.fromName().isBlank()) {
			helper.setFrom(this.properties.from());
		}
		else {
			helper.setFrom(this.properties.from(), this.properties.fromName());
		}
		InternetAddress to = new InternetAddress(mail.getRecipientAddress(), true);
		to.validate();
		if (mail.getRecipientName() != null) {
			to.setPersonal(mail.getRecipientName(), StandardCharsets.UTF_8.name());
		}
		helper.setTo(to);
		helper.setSubject(mail.getSubject());
		helper.setText(mail.getBody(), false);
		helper.setSentDate(Date.from(now));
		message.saveChanges();
		return message;
	}

	/**
	 * What went wrong, for {@code last_error}: the exception's type and message, which
	 * name at most the addresses (never the body).
	 */
	private static String describe(Exception ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	private enum Outcome {

		NONE_DUE, DONE, RETRY_LATER

	}

}
