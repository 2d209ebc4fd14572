package jp.kyogikai.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the sender every {@code kyogikai.mail.send-interval} (default 30 seconds) after
 * the previous run ends. Off when {@code kyogikai.mail.scheduling-enabled=false}, as in
 * the tests, which call the sender themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "kyogikai.mail.scheduling-enabled", matchIfMissing = true)
class OutboxSchedule {

	private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

	private final OutboxSender sender;

	OutboxSchedule(OutboxSender sender) {
		this.sender = sender;
	}

	@Scheduled(initialDelayString = "${kyogikai.mail.send-interval:30s}",
			fixedDelayString = "${kyogikai.mail.send-interval:30s}")
	void sendDue() {
		try {
			int handled = this.sender.sendDue();
			if (handled > 0) {
				log.debug("メール送信: {}件を処理しました", handled);
			}
		}
		catch (RuntimeException ex) {
			log.warn("メール送信の処理に失敗しました。次回に再試行します", ex);
		}
	}

}
