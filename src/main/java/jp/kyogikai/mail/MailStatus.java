package jp.kyogikai.mail;

/**
 * Where a mail of the outbox stands.
 */
public enum MailStatus {

	/** Waiting to be sent, or to be tried again after a failure. */
	PENDING,

	/** Handed to the SMTP server. */
	SENT,

	/** Given up after the maximum attempts, or refused as malformed. */
	FAILED,

	/**
	 * No SMTP server is configured ({@code spring.mail.host} unset, as in the
	 * {@code local} profile): kept for the outbox page only, never sent.
	 */
	LOGGED

}
