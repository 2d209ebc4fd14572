package jp.kyogikai.application.rule;

import java.util.Objects;

/**
 * One allowed move of the workflow: from a status, by an action (taken by
 * {@link ApplicationAction#actor()}), to a status.
 *
 * @param from the status before
 * @param action the step taken
 * @param to the status after
 */
public record Transition(ApplicationStatus from, ApplicationAction action, ApplicationStatus to) {

	public Transition {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(to, "to");
	}

	/**
	 * Who takes the step.
	 * @return the action's actor
	 */
	public ApplicationActor actor() {
		return this.action.actor();
	}

}
