package jp.kyogikai.application.rule;

import java.util.List;

/**
 * A workflow step that may not be taken: the status does not allow it, it is the other
 * party's to take, or it would put a 軽微変更届出 before the council. The message code names
 * which; its arguments are the status, the action and who takes it (enum constants, shown
 * by their labels {@code enum.ApplicationStatus.*}, {@code enum.ApplicationAction.*} and
 * {@code enum.ApplicationActor.*}).
 */
public class IllegalTransitionException extends RuntimeException {

	/** The status does not allow the action. */
	public static final String NOT_ALLOWED = "application.workflow.notAllowed";

	/** The action is allowed from the status, but it is the other party's to take. */
	public static final String WRONG_ACTOR = "application.workflow.wrongActor";

	/** The action concerns the agenda or a decision and the application is a 軽微変更届出. */
	public static final String NOTIFICATION_NOT_DELIBERATED = "application.workflow.notificationNotDeliberated";

	private final String code;

	private final Procedure procedure;

	private final ApplicationStatus from;

	private final ApplicationAction action;

	private final ApplicationActor actor;

	public IllegalTransitionException(String code, Procedure procedure, ApplicationStatus from,
			ApplicationAction action, ApplicationActor actor) {
		super("申請の状態を変更できません (" + code + "): " + procedure + " " + from + " に " + actor + " が " + action);
		this.code = code;
		this.procedure = procedure;
		this.from = from;
		this.action = action;
		this.actor = actor;
	}

	/**
	 * The message code: {@link #NOT_ALLOWED}, {@link #WRONG_ACTOR} or
	 * {@link #NOTIFICATION_NOT_DELIBERATED}.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The values the message quotes.
	 * @return the status, the action and who takes that action
	 */
	public List<Object> arguments() {
		return List.of(this.from, this.action, this.action.actor());
	}

	public Procedure procedure() {
		return this.procedure;
	}

	public ApplicationStatus from() {
		return this.from;
	}

	public ApplicationAction action() {
		return this.action;
	}

	public ApplicationActor actor() {
		return this.actor;
	}

}
