package jp.kyogikai.application;

import java.time.LocalDateTime;
import java.util.List;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.rule.ApplicationActor;
import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.council.MunicipalityRepository;
import jp.kyogikai.mail.MailOutbox;
import jp.kyogikai.mail.OutgoingMail;
import jp.kyogikai.operator.Operator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells "the other side" of each step of an application, through the mail outbox and in
 * the transaction of the step: the municipality's secretariat
 * ({@code municipality.secretariat_email}) when the operator submits, resubmits or
 * withdraws; the operator ({@code operator.contact_email}) when the secretariat takes a
 * step (受付, 差戻し, the agenda, the decision). Nobody is mailed when that address is not
 * set. One mail per step: the step's event is the deduplication key.
 */
@Component
class ApplicationMails {

	/**
	 * Kind of the mail to the secretariat (label
	 * {@code mail.kind.APPLICATION_TO_SECRETARIAT}).
	 */
	static final String TO_SECRETARIAT = "APPLICATION_TO_SECRETARIAT";

	/**
	 * Kind of the mail to the operator (label {@code mail.kind.APPLICATION_TO_OPERATOR}).
	 */
	static final String TO_OPERATOR = "APPLICATION_TO_OPERATOR";

	private final MailOutbox outbox;

	private final MunicipalityRepository municipalities;

	private final ApplicationTexts texts;

	private final LinkProperties links;

	ApplicationMails(MailOutbox outbox, MunicipalityRepository municipalities, ApplicationTexts texts,
			LinkProperties links) {
		this.outbox = outbox;
		this.municipalities = municipalities;
		this.texts = texts;
		this.links = links;
	}

	/**
	 * Queues the mail of a step.
	 * @param application the application after the step
	 * @param operator its operator
	 * @param event the step
	 * @param corrections the comments of a 差戻し, otherwise empty
	 * @return whether a mail was queued
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean stepTaken(Application application, Operator operator, ApplicationEvent event,
			List<TimelineEntry.FieldNote> corrections) {
		boolean toSecretariat = event.getActor() == ApplicationActor.OPERATOR;
		String address;
		String recipient;
		String path;
		if (toSecretariat) {
			Municipality municipality = this.municipalities.findById(application.getMunicipalityId()).orElseThrow();
			address = municipality.getSecretariatEmail();
			recipient = this.texts.plain("application.mail.secretariat", municipality.getName());
			path = "/applications/" + application.getId();
		}
		else {
			address = operator.getContactEmail();
			recipient = operator.getName();
			path = "/operator-portal/applications/" + application.getId();
		}
		if (address == null || address.isBlank()) {
			return false;
		}
		String subject = this.texts.plain("application.mail.subject", operator.getName(), application.getType(),
				application.getStatus());
		StringBuilder body = new StringBuilder();
		line(body, this.texts.plain("application.mail.greeting", recipient));
		body.append('\n');
		line(body,
				this.texts.plain(toSecretariat ? "application.mail.lead.secretariat" : "application.mail.lead.operator",
						event.getAction()));
		body.append('\n');
		line(body, this.texts.plain("application.mail.type", application.getType()));
		line(body, this.texts.plain("application.mail.operator", operator.getName()));
		line(body, this.texts.plain("application.mail.status", application.getStatus()));
		if (application.getReceivedNumber() != null) {
			line(body, this.texts.plain("application.mail.number", application.getReceivedNumber()));
		}
		line(body, this.texts.plain("application.mail.at",
				Wareki.formatDateTime(LocalDateTime.ofInstant(event.getAt(), Kyogikai.ZONE))));
		line(body, this.texts.plain("application.mail.actor", event.getActorName()));
		if (event.getComment() != null) {
			line(body, this.texts.plain("application.mail.comment", event.getComment()));
		}
		if (!corrections.isEmpty()) {
			body.append('\n');
			line(body, this.texts.plain("application.mail.corrections"));
			corrections.forEach((note) -> line(body,
					this.texts.plain("application.mail.correction", this.texts.label(note.field()), note.comment())));
		}
		body.append('\n');
		line(body, this.texts.plain("application.mail.link"));
		line(body, this.links.link(path));
		body.append('\n');
		line(body, this.texts.plain("application.mail.footer"));
		OutgoingMail mail = OutgoingMail
			.of(toSecretariat ? TO_SECRETARIAT : TO_OPERATOR, address, recipient, subject, body.toString())
			.withMunicipality(application.getMunicipalityId())
			.withReference("application:" + application.getId())
			.withDedupKey("application-event:" + event.getId());
		return this.outbox.enqueue(mail).isPresent();
	}

	private static void line(StringBuilder body, String text) {
		body.append(text).append('\n');
	}

}
