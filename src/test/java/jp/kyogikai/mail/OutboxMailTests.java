package jp.kyogikai.mail;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The back-off between attempts and what a mail to queue must have.
 */
class OutboxMailTests {

	@ParameterizedTest(name = "after {0} failed attempts wait {1}")
	@CsvSource({ "1, PT5M", "2, PT10M", "3, PT20M", "4, PT40M", "5, PT1H20M", "6, PT2H40M", "7, PT5H20M", "8, PT6H",
			"9, PT6H", "40, PT6H" })
	void theWaitDoublesAfterEachFailureUpToTheMaximum(int attempts, Duration expected) {
		assertThat(OutboxMail.backoff(attempts, Duration.ofMinutes(5), Duration.ofHours(6))).isEqualTo(expected);
	}

	@Test
	void aMailNeedsAKindAnAddressAndAOneLineSubject() {
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of(" ", "a@example.jp", null, "件名", "本文"));
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of("TEST", "", null, "件名", "本文"));
		assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.of("TEST", "a@example.jp", null, " ", "本文"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutgoingMail.of("TEST", "a@example.jp", null, "件名\r\nBcc: x@example.jp", "本文"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutgoingMail.of("TEST", "a@example.jp", null, "件名", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutgoingMail.of("TEST", "a@example.jp", null, "件".repeat(201), "本文"));
	}

	@Test
	void theSenderAddressMustBeOneAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties("事務局"));
		assertThatIllegalArgumentException().isThrownBy(() -> properties("a@example.jp, b@example.jp"));
		assertThat(properties("jimukyoku@example.jp").from()).isEqualTo("jimukyoku@example.jp");
	}

	private static MailOutboxProperties properties(String from) {
		return new MailOutboxProperties(from, "", Duration.ofSeconds(30), true, 50, 10, Duration.ofMinutes(5),
				Duration.ofHours(6), true);
	}

	@Test
	void blankOptionalPartsBecomeNullAndTextIsStripped() {
		OutgoingMail mail = OutgoingMail.of(" TEST ", " a@example.jp ", " ", "件名", "本文\n")
			.withReference("")
			.withDedupKey(" key ")
			.withMunicipality(7L);
		assertThat(mail.kind()).isEqualTo("TEST");
		assertThat(mail.recipientAddress()).isEqualTo("a@example.jp");
		assertThat(mail.recipientName()).isNull();
		assertThat(mail.reference()).isNull();
		assertThat(mail.dedupKey()).isEqualTo("key");
		assertThat(mail.municipalityId()).isEqualTo(7L);
		assertThat(mail.body()).isEqualTo("本文\n");
	}

}
