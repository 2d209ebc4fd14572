package jp.kyogikai.application.rule;

/**
 * How an application is handled: deliberated by the council, or only recorded as a
 * notification.
 */
public enum Procedure {

	/** 協議: received, put on an agenda and decided by the council. */
	DELIBERATION,

	/**
	 * 軽微変更届出: received and recorded, never put on an agenda (the law asks only that the
	 * change be notified within 30 days).
	 */
	NOTIFICATION

}
