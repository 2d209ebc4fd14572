package jp.kyogikai.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail. Call {@link #enqueue} inside the transaction of the change the mail tells
 * about: the mail is queued exactly when that change commits, and sent by the outbox's
 * scheduled sender afterwards (at least once; see the module's documentation).
 */
@Service
public class MailOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues a mail in the caller's transaction, to be sent as soon as the sender next
	 * runs. A mail whose deduplication key is already in the outbox (in any state) is not
	 * queued again.
	 * @param mail the mail
	 * @return the id of the queued mail, or empty when its key was queued before
	 * @throws org.springframework.transaction.IllegalTransactionStateException when
	 * called outside a transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> enqueue(OutgoingMail mail) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				insert into mail_outbox (created_at, municipality_id, kind, reference, dedup_key, recipient_address,
				  recipient_name, subject, body, status, attempts, next_attempt_at)
				values (:now, :municipalityId, :kind, :reference, :dedupKey, :recipientAddress,
				  :recipientName, :subject, :body, 'PENDING', 0, :now)
				on conflict (dedup_key) do nothing
				returning id
				""")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("municipalityId", mail.municipalityId())
			.param("kind", mail.kind())
			.param("reference", mail.reference())
			.param("dedupKey", mail.dedupKey())
			.param("recipientAddress", mail.recipientAddress())
			.param("recipientName", mail.recipientName())
			.param("subject", mail.subject())
			.param("body", mail.body())
			.query(Long.class)
			.optional();
	}

}
