package jp.kyogikai.writtendeliberation;

import java.time.LocalDateTime;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.mail.MailOutbox;
import jp.kyogikai.mail.OutgoingMail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request of a 書面協議 by mail, one per member with an address, queued in the outbox
 * within the sending's transaction: the greeting by name, the question, the deadline and
 * the link to the member's page ({@code kyogikai.base-url} +
 * {@code /member-portal/written-deliberations/{id}}), where the member reads the
 * application and replies. One mail per deliberation and member (the deduplication key).
 */
@Component
class WrittenDeliberationMails {

	/** Kind of the mail (label {@code mail.kind.WRITTEN_DELIBERATION}). */
	static final String KIND = "WRITTEN_DELIBERATION";

	private final MailOutbox outbox;

	private final String baseUrl;

	WrittenDeliberationMails(MailOutbox outbox, @Value("${kyogikai.base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		String url = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.strip();
		while (url.endsWith("/")) {
			url = url.substring(0, url.length() - 1);
		}
		this.baseUrl = url;
	}

	String link(long deliberationId) {
		return this.baseUrl + "/member-portal/written-deliberations/" + deliberationId;
	}

	/**
	 * Queues the request to one member.
	 * @return the outbox's id of the mail
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Long queue(WrittenDeliberation deliberation, String councilName, String secretariat, String secretariatEmail,
			long memberId, String name, String email, long municipalityId) {
		OutgoingMail mail = OutgoingMail
			.of(KIND, email, name, "【書面協議】" + oneLine(deliberation.getTitle()),
					body(deliberation, councilName, secretariat, secretariatEmail, name))
			.withMunicipality(municipalityId)
			.withReference("written-deliberation:" + deliberation.getId())
			.withDedupKey("written-deliberation:" + deliberation.getId() + ":member:" + memberId);
		return this.outbox.enqueue(mail).orElse(null);
	}

	String body(WrittenDeliberation deliberation, String councilName, String secretariat, String secretariatEmail,
			String name) {
		StringBuilder body = new StringBuilder();
		line(body, name + " 様");
		body.append('\n');
		line(body, "日頃より本協議会の運営に御理解と御協力を賜り、厚くお礼申し上げます。");
		line(body, "下記の案件について、会議を開催せず書面により協議いたします。");
		line(body, "内容を御確認のうえ、回答期限までに賛成・反対の御意見をお寄せください。");
		body.append('\n');
		line(body, "■案件　" + deliberation.getTitle());
		line(body, "■申請　" + deliberation.getOperatorName() + "　" + deliberation.getApplicationLabel());
		line(body, "■回答期限　" + deadline(deliberation));
		body.append('\n');
		line(body, "■協議事項");
		line(body, deliberation.getQuestion());
		body.append('\n');
		line(body, "申請書の閲覧と回答は次のページからお願いします（ログインが必要です）。");
		line(body, link(deliberation.getId()));
		body.append('\n');
		line(body, councilName);
		line(body, "（担当）" + secretariat);
		if (secretariatEmail != null) {
			line(body, "E-mail　" + secretariatEmail);
		}
		line(body, "御不明な点は、上記の担当までお問い合わせください。");
		return body.toString();
	}

	static String deadline(WrittenDeliberation deliberation) {
		return Wareki.formatDateTime(LocalDateTime.ofInstant(deliberation.getDeadline(), Kyogikai.ZONE));
	}

	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n]+", " ");
	}

	private static void line(StringBuilder body, String text) {
		body.append(text).append('\n');
	}

}
