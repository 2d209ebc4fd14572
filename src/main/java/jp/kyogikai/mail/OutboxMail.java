package jp.kyogikai.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One mail of the outbox. Rows are inserted by {@link MailOutbox#enqueue}; only the
 * sender and the retry on the outbox page change them. Not audited: the row is its own
 * record.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

	/** The longest {@code last_error} kept. */
	static final int MAX_ERROR_LENGTH = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Instant createdAt;

	private Long municipalityId;

	private String kind;

	private String reference;

	private String dedupKey;

	private String recipientAddress;

	private String recipientName;

	private String subject;

	private String body;

	@Enumerated(EnumType.STRING)
	private MailStatus status;

	private int attempts;

	private String lastError;

	private Instant nextAttemptAt;

	private Instant sentAt;

	protected OutboxMail() {
	}

	/**
	 * Handed to the SMTP server.
	 * @param now the time of sending
	 */
	void sent(Instant now) {
		this.attempts++;
		this.status = MailStatus.SENT;
		this.sentAt = now;
	}

	/**
	 * Kept for the outbox page only, as no SMTP server is configured.
	 * @param now the time
	 */
	void logged(Instant now) {
		this.status = MailStatus.LOGGED;
		this.sentAt = now;
	}

	/**
	 * A failed attempt: try again after {@code retryBaseDelay × 2^(attempts − 1)} (at
	 * most {@code retryMaxDelay}), or give up after the maximum attempts.
	 * @param now the time of the attempt
	 * @param error what went wrong (no body, no name: at most the address)
	 * @param properties the limits
	 */
	void attemptFailed(Instant now, String error, MailOutboxProperties properties) {
		this.attempts++;
		this.lastError = truncate(error);
		if (this.attempts >= properties.maxAttempts()) {
			this.status = MailStatus.FAILED;
		}
		else {
			this.nextAttemptAt = now
				.plus(backoff(this.attempts, properties.retryBaseDelay(), properties.retryMaxDelay()));
		}
	}

	/**
	 * Refused for good (a malformed address): not tried again.
	 * @param now the time of the attempt
	 * @param error what went wrong
	 */
	void rejected(Instant now, String error) {
		this.attempts++;
		this.lastError = truncate(error);
		this.status = MailStatus.FAILED;
	}

	/**
	 * Queued again after it was given up, as new.
	 * @param now the time
	 */
	void retry(Instant now) {
		this.status = MailStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
	}

	/**
	 * The wait after the given number of failed attempts.
	 * @param attempts failed attempts so far, 1 or more
	 * @param base the wait after the first
	 * @param max the longest wait
	 * @return {@code base × 2^(attempts − 1)}, at most {@code max}
	 */
	static Duration backoff(int attempts, Duration base, Duration max) {
		int doublings = Math.max(0, attempts - 1);
		if (doublings >= 31) {
			return max;
		}
		Duration delay = base.multipliedBy(1L << doublings);
		return (delay.compareTo(max) > 0) ? max : delay;
	}

	private static String truncate(String error) {
		String flat = (error != null) ? error.replaceAll("\\s+", " ").strip() : "";
		return (flat.length() > MAX_ERROR_LENGTH) ? flat.substring(0, MAX_ERROR_LENGTH - 1) + "…" : flat;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getMunicipalityId() {
		return this.municipalityId;
	}

	public String getKind() {
		return this.kind;
	}

	public String getReference() {
		return this.reference;
	}

	public String getDedupKey() {
		return this.dedupKey;
	}

	public String getRecipientAddress() {
		return this.recipientAddress;
	}

	public String getRecipientName() {
		return this.recipientName;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public MailStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

}
