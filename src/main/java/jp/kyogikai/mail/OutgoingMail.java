package jp.kyogikai.mail;

/**
 * A plain-text mail to queue in the outbox.
 *
 * @param kind what the mail is for, e.g. {@code APPLICATION_STATUS} or
 * {@code CONVOCATION} (shown on the outbox page)
 * @param recipientAddress the e-mail address
 * @param recipientName the recipient's name for the To header, or {@code null}
 * @param subject the subject (one line)
 * @param body the text, Japanese allowed (sent as UTF-8)
 * @param municipalityId the municipality whose staff may read the mail on the outbox
 * page, or {@code null} for the administrator only
 * @param reference what the mail is about, e.g. {@code application:12}, or {@code null}
 * @param dedupKey a key naming this one notification: a second mail with the same key is
 * not queued; {@code null} for none
 */
public record OutgoingMail(String kind, String recipientAddress, String recipientName, String subject, String body,
		Long municipalityId, String reference, String dedupKey) {

	static final int MAX_BODY_LENGTH = 100_000;

	public OutgoingMail {
		kind = required(kind, "kind", 50);
		recipientAddress = required(recipientAddress, "recipientAddress", 254);
		recipientName = optional(recipientName, "recipientName", 100);
		subject = required(subject, "subject", 200);
		if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
			throw new IllegalArgumentException("subject must be one line");
		}
		if (body == null || body.length() > MAX_BODY_LENGTH) {
			throw new IllegalArgumentException("body must be given and at most " + MAX_BODY_LENGTH + " characters");
		}
		reference = optional(reference, "reference", 100);
		dedupKey = optional(dedupKey, "dedupKey", 200);
	}

	/**
	 * A mail without municipality, reference or deduplication key; add them with the
	 * {@code with...} methods.
	 * @param kind what the mail is for
	 * @param recipientAddress the e-mail address
	 * @param recipientName the recipient's name, or {@code null}
	 * @param subject the subject
	 * @param body the text
	 * @return the mail
	 */
	public static OutgoingMail of(String kind, String recipientAddress, String recipientName, String subject,
			String body) {
		return new OutgoingMail(kind, recipientAddress, recipientName, subject, body, null, null, null);
	}

	public OutgoingMail withMunicipality(Long municipalityId) {
		return new OutgoingMail(this.kind, this.recipientAddress, this.recipientName, this.subject, this.body,
				municipalityId, this.reference, this.dedupKey);
	}

	public OutgoingMail withReference(String reference) {
		return new OutgoingMail(this.kind, this.recipientAddress, this.recipientName, this.subject, this.body,
				this.municipalityId, reference, this.dedupKey);
	}

	public OutgoingMail withDedupKey(String dedupKey) {
		return new OutgoingMail(this.kind, this.recipientAddress, this.recipientName, this.subject, this.body,
				this.municipalityId, this.reference, dedupKey);
	}

	private static String required(String value, String name, int max) {
		String stripped = optional(value, name, max);
		if (stripped == null) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return stripped;
	}

	private static String optional(String value, String name, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new IllegalArgumentException(name + " must be at most " + max + " characters");
		}
		return stripped;
	}

}
