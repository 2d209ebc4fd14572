package jp.kyogikai.mail;

import java.time.Duration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends mail ({@code kyogikai.mail.*}). The SMTP server itself is Spring
 * Boot's {@code spring.mail.host}, {@code spring.mail.port}, {@code spring.mail.username}
 * and so on.
 *
 * @param from the sender address (From)
 * @param fromName the sender's name shown beside it, or empty
 * @param sendInterval the pause between two runs of the sender
 * @param schedulingEnabled whether the sender runs on its own (off in tests, which drive
 * it)
 * @param batchSize at most this many mails per run
 * @param maxAttempts attempts before a mail is given up ({@link MailStatus#FAILED})
 * @param retryBaseDelay the wait after the first failure, doubled after each further one
 * @param retryMaxDelay the longest wait between two attempts
 * @param logOnlyWithoutSmtp without an SMTP server, mark mail {@link MailStatus#LOGGED}
 * (seen on the outbox page only); when {@code false} (production) it stays
 * {@link MailStatus#PENDING} until a server is configured
 */
@ConfigurationProperties("kyogikai.mail")
public record MailOutboxProperties(@DefaultValue("kyogikai@localhost") String from, @DefaultValue("") String fromName,
		@DefaultValue("30s") Duration sendInterval, @DefaultValue("true") boolean schedulingEnabled,
		@DefaultValue("50") int batchSize, @DefaultValue("10") int maxAttempts,
		@DefaultValue("5m") Duration retryBaseDelay, @DefaultValue("6h") Duration retryMaxDelay,
		@DefaultValue("true") boolean logOnlyWithoutSmtp) {

	public MailOutboxProperties {
		try {
			new InternetAddress(from, true).validate();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("kyogikai.mail.from はメールアドレス1つにしてください: " + from, ex);
		}
		if (maxAttempts < 1 || batchSize < 1) {
			throw new IllegalArgumentException("kyogikai.mail.max-attempts と batch-size は1以上にしてください");
		}
	}

}
