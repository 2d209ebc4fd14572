package jp.kyogikai.application;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.ApplicationActor;
import jp.kyogikai.application.rule.ApplicationStatus;
import org.hibernate.envers.Audited;

/**
 * One step on an application's timeline: from which status to which, by which action, who
 * took it and when, with an optional comment. The first event of every application, with
 * no action, is the creation of its draft (下書き作成). Events never change.
 */
@Entity
@Audited
public class ApplicationEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id")
	private Application application;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus toStatus;

	/** The step taken; {@code null} for the creation of the draft. */
	@Enumerated(EnumType.STRING)
	private ApplicationAction action;

	@Enumerated(EnumType.STRING)
	private ApplicationActor actor;

	private String actorUsername;

	private String actorName;

	private Instant at;

	private String comment;

	protected ApplicationEvent() {
	}

	ApplicationEvent(Application application, ApplicationStatus fromStatus, ApplicationStatus toStatus,
			ApplicationAction action, ApplicationActor actor, String actorUsername, String actorName, Instant at,
			String comment) {
		this.application = application;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.action = action;
		this.actor = actor;
		this.actorUsername = actorUsername;
		this.actorName = actorName;
		this.at = at;
		this.comment = (comment == null || comment.isBlank()) ? null : comment.strip();
	}

	public Long getId() {
		return this.id;
	}

	public ApplicationStatus getFromStatus() {
		return this.fromStatus;
	}

	public ApplicationStatus getToStatus() {
		return this.toStatus;
	}

	public ApplicationAction getAction() {
		return this.action;
	}

	/**
	 * Whether this is the creation of the draft.
	 * @return {@code true} for the first event
	 */
	public boolean isCreation() {
		return this.action == null;
	}

	public ApplicationActor getActor() {
		return this.actor;
	}

	public String getActorUsername() {
		return this.actorUsername;
	}

	public String getActorName() {
		return this.actorName;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getComment() {
		return this.comment;
	}

}
