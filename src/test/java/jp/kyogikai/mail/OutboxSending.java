package jp.kyogikai.mail;

import java.time.Instant;

import org.springframework.context.ApplicationContext;

/**
 * Lets the tests of other modules run the outbox's sender, which is package-private.
 */
public final class OutboxSending {

	private OutboxSending() {
	}

	/**
	 * Sends the mail due at a time, as the scheduled run would.
	 * @param context the application
	 * @param now the time
	 * @return the number of mails tried
	 */
	public static int sendDue(ApplicationContext context, Instant now) {
		return context.getBean(OutboxSender.class).sendDue(now);
	}

}
