package jp.kyogikai.convocation;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.mail.MailOutbox;
import jp.kyogikai.mail.OutgoingMail;
import jp.kyogikai.member.RosterEntry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 招集通知 by mail, one per member, queued in the outbox within the sending's
 * transaction: the greeting by name, the meeting, its date, time and place, and the link
 * to the member's page of the meeting ({@code kyogikai.base-url} +
 * {@code /member-portal/meetings/{id}}). The outbox sends plain text without attachments,
 * so the letter itself is reached through the link. One mail per convocation and member
 * (the deduplication key).
 */
@Component
class ConvocationMails {

	/** Kind of the mail (label {@code mail.kind.CONVOCATION}). */
	static final String KIND = "CONVOCATION";

	private final MailOutbox outbox;

	private final String baseUrl;

	ConvocationMails(MailOutbox outbox, @Value("${kyogikai.base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		String url = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.strip();
		while (url.endsWith("/")) {
			url = url.substring(0, url.length() - 1);
		}
		this.baseUrl = url;
	}

	/**
	 * The address of the member's page of the meeting.
	 * @param meetingId the meeting
	 * @return the absolute URL
	 */
	String link(long meetingId) {
		return this.baseUrl + "/member-portal/meetings/" + meetingId;
	}

	static String subject(ConvocationLetter letter, boolean resend) {
		return (resend ? "【招集・再送】" : "【招集】") + letter.meetingName() + "の開催について";
	}

	/**
	 * Queues the mail to one member.
	 * @return the outbox's id of the mail
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Long queue(Convocation convocation, ConvocationLetter letter, RosterEntry member, String email,
			long municipalityId) {
		OutgoingMail mail = OutgoingMail
			.of(KIND, email, member.name(), subject(letter, convocation.isResend()),
					body(letter, member.name(), convocation))
			.withMunicipality(municipalityId)
			.withReference("meeting:" + convocation.getMeetingId())
			.withDedupKey("convocation:" + convocation.getId() + ":member:" + member.memberId());
		return this.outbox.enqueue(mail).orElse(null);
	}

	String body(ConvocationLetter letter, String name, Convocation convocation) {
		StringBuilder body = new StringBuilder();
		line(body, name + " 様");
		body.append('\n');
		if (convocation.isResend()) {
			line(body, "※先にお送りした招集通知を改めてお送りします。日時・場所等を御確認ください。");
			body.append('\n');
		}
		line(body, "日頃より本協議会の運営に御理解と御協力を賜り、厚くお礼申し上げます。");
		line(body, letter.meetingName() + "を下記のとおり開催しますので、御出席くださいますようお願いいたします。");
		body.append('\n');
		line(body, "■日時　" + letter.when());
		line(body, "■場所　" + letter.where().replace("\n", ""));
		line(body, "■文書　" + letter.documentNumber() + "（" + Wareki.format(letter.letterDate()) + "付け）");
		body.append('\n');
		line(body, "次第・資料は次のページで御覧いただけます（ログインが必要です）。");
		line(body, link(letter.meeting().getId()));
		body.append('\n');
		line(body, letter.councilName());
		if (letter.chairName() != null) {
			line(body, "会長　" + letter.chairName());
		}
		body.append('\n');
		line(body, "（担当）" + letter.secretariat());
		if (letter.secretariatEmail() != null) {
			line(body, "E-mail　" + letter.secretariatEmail());
		}
		line(body, "御不明な点は、上記の担当までお問い合わせください。");
		return body.toString();
	}

	private static void line(StringBuilder body, String text) {
		body.append(text).append('\n');
	}

}
