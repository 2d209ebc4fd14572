package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which steps an application may take from which status, and by whom.
 *
 * <ul>
 * <li>下書き → 提出 (運送主体) → 提出済み</li>
 * <li>下書き, 提出済み, 差戻し → 取下げ (運送主体) → 取下げ</li>
 * <li>提出済み → 受付 (事務局) → 受付済み (届出受理 for a 軽微変更届出)</li>
 * <li>提出済み → 差戻し (事務局) → 差戻し → 再提出 (運送主体) → 提出済み</li>
 * <li>受付済み → 議題に掲載 (事務局) → 議題に掲載 → 議題から外す (事務局) → 受付済み</li>
 * <li>議題に掲載 → 承認, 条件付き承認, 否決 (事務局) → 協議済み</li>
 * <li>議題に掲載 → 継続審議 (事務局) → 受付済み</li>
 * </ul>
 *
 * The operator submits, resubmits and withdraws (a draft, a submitted application not yet
 * received, or a returned one); the secretariat receives or returns a submitted
 * application, puts a received one on an agenda, takes it off again, and records the
 * council's decision: 承認, 条件付き承認 or 否決 close it, 継続審議 returns it to 受付済み for another
 * agenda. For a {@link Procedure#NOTIFICATION} (軽微変更届出) 受付 records it as
 * {@link ApplicationStatus#NOTIFIED} and nothing concerning the agenda or a decision is
 * ever allowed. Every other move throws an {@link IllegalTransitionException}.
 */
public final class ApplicationWorkflow {

	private static final ApplicationWorkflow DELIBERATION = new ApplicationWorkflow(Procedure.DELIBERATION,
			ApplicationStatus.RECEIVED);

	private static final ApplicationWorkflow NOTIFICATION = new ApplicationWorkflow(Procedure.NOTIFICATION,
			ApplicationStatus.NOTIFIED);

	private final Procedure procedure;

	private final List<Transition> transitions;

	private final Map<ApplicationStatus, Map<ApplicationAction, Transition>> byStatus;

	private ApplicationWorkflow(Procedure procedure, ApplicationStatus received) {
		this.procedure = procedure;
		List<Transition> all = new ArrayList<>();
		all.add(new Transition(ApplicationStatus.DRAFT, ApplicationAction.SUBMIT, ApplicationStatus.SUBMITTED));
		all.add(new Transition(ApplicationStatus.DRAFT, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN));
		all.add(new Transition(ApplicationStatus.SUBMITTED, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN));
		all.add(new Transition(ApplicationStatus.SUBMITTED, ApplicationAction.RECEIVE, received));
		all.add(new Transition(ApplicationStatus.SUBMITTED, ApplicationAction.RETURN, ApplicationStatus.RETURNED));
		all.add(new Transition(ApplicationStatus.RETURNED, ApplicationAction.RESUBMIT, ApplicationStatus.SUBMITTED));
		all.add(new Transition(ApplicationStatus.RETURNED, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN));
		if (procedure == Procedure.DELIBERATION) {
			all.add(new Transition(ApplicationStatus.RECEIVED, ApplicationAction.PUT_ON_AGENDA,
					ApplicationStatus.ON_AGENDA));
			all.add(new Transition(ApplicationStatus.ON_AGENDA, ApplicationAction.REMOVE_FROM_AGENDA,
					ApplicationStatus.RECEIVED));
			for (DecisionOutcome outcome : DecisionOutcome.values()) {
				all.add(new Transition(ApplicationStatus.ON_AGENDA, outcome.action(),
						outcome.isFinal() ? ApplicationStatus.DECIDED : ApplicationStatus.RECEIVED));
			}
		}
		this.transitions = List.copyOf(all);
		Map<ApplicationStatus, Map<ApplicationAction, Transition>> index = new EnumMap<>(ApplicationStatus.class);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			index.put(status, new EnumMap<>(ApplicationAction.class));
		}
		all.forEach((t) -> index.get(t.from()).put(t.action(), t));
		this.byStatus = index;
	}

	/**
	 * The workflow of an application handled one way or the other.
	 * @param procedure deliberation or notification
	 * @return the workflow
	 */
	public static ApplicationWorkflow of(Procedure procedure) {
		Objects.requireNonNull(procedure, "procedure");
		return (procedure == Procedure.DELIBERATION) ? DELIBERATION : NOTIFICATION;
	}

	public Procedure procedure() {
		return this.procedure;
	}

	/**
	 * Every allowed move.
	 * @return the transitions, in the order of the workflow
	 */
	public List<Transition> transitions() {
		return this.transitions;
	}

	/**
	 * The move an action makes.
	 * @param from the application's status
	 * @param action the step to take
	 * @param actor who takes it
	 * @return the transition
	 * @throws IllegalTransitionException when the step may not be taken: code
	 * {@link IllegalTransitionException#NOTIFICATION_NOT_DELIBERATED} for an agenda or
	 * decision step on a 軽微変更届出, {@link IllegalTransitionException#NOT_ALLOWED} when the
	 * status does not allow the step, {@link IllegalTransitionException#WRONG_ACTOR} when
	 * it does but the step is the other party's
	 */
	public Transition transition(ApplicationStatus from, ApplicationAction action, ApplicationActor actor) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(actor, "actor");
		if (this.procedure == Procedure.NOTIFICATION && action.concernsTheCouncil()) {
			throw rejected(IllegalTransitionException.NOTIFICATION_NOT_DELIBERATED, from, action, actor);
		}
		Transition transition = this.byStatus.get(from).get(action);
		if (transition == null) {
			throw rejected(IllegalTransitionException.NOT_ALLOWED, from, action, actor);
		}
		if (transition.actor() != actor) {
			throw rejected(IllegalTransitionException.WRONG_ACTOR, from, action, actor);
		}
		return transition;
	}

	/**
	 * The status an action leads to.
	 * @param from the application's status
	 * @param action the step to take
	 * @param actor who takes it
	 * @return the status after the step
	 * @throws IllegalTransitionException when the step may not be taken (see
	 * {@link #transition})
	 */
	public ApplicationStatus next(ApplicationStatus from, ApplicationAction action, ApplicationActor actor) {
		return transition(from, action, actor).to();
	}

	/**
	 * The status after the secretariat records the council's decision.
	 * @param from the application's status ({@link ApplicationStatus#ON_AGENDA} to
	 * succeed)
	 * @param outcome the decision
	 * @param actor who records it
	 * @return {@link ApplicationStatus#DECIDED}, or {@link ApplicationStatus#RECEIVED}
	 * after 継続審議
	 * @throws IllegalTransitionException when the decision may not be recorded
	 */
	public ApplicationStatus decide(ApplicationStatus from, DecisionOutcome outcome, ApplicationActor actor) {
		return next(from, outcome.action(), actor);
	}

	/**
	 * Whether a step may be taken, for showing only the buttons that work.
	 * @param from the application's status
	 * @param action the step
	 * @param actor who would take it
	 * @return {@code true} when {@link #transition} would succeed
	 */
	public boolean allows(ApplicationStatus from, ApplicationAction action, ApplicationActor actor) {
		Transition transition = this.byStatus.get(from).get(action);
		return transition != null && transition.actor() == actor;
	}

	/**
	 * The steps someone may take from a status.
	 * @param from the application's status
	 * @param actor who would take them
	 * @return the actions, in declaration order
	 */
	public Set<ApplicationAction> allowedActions(ApplicationStatus from, ApplicationActor actor) {
		Set<ApplicationAction> actions = EnumSet.noneOf(ApplicationAction.class);
		this.byStatus.get(from)
			.values()
			.stream()
			.filter((t) -> t.actor() == actor)
			.forEach((t) -> actions.add(t.action()));
		return Collections.unmodifiableSet(actions);
	}

	private IllegalTransitionException rejected(String code, ApplicationStatus from, ApplicationAction action,
			ApplicationActor actor) {
		return new IllegalTransitionException(code, this.procedure, from, action, actor);
	}

}
