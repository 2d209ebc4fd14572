package jp.kyogikai.convocation;

/**
 * How a member receives the convocation.
 */
public enum RecipientStatus {

	/** メール送信: queued in the mail outbox. */
	MAILED,

	/** 郵送等で送付: no e-mail address; staff send the letter by post or by hand. */
	NO_EMAIL

}
