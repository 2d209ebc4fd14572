package jp.kyogikai.application.rule;

import java.util.Optional;

/**
 * A step of the workflow, and who takes it.
 */
public enum ApplicationAction {

	/** 提出: the operator submits a draft. */
	SUBMIT(ApplicationActor.OPERATOR, null),

	/** 再提出: the operator submits a returned application again, corrected. */
	RESUBMIT(ApplicationActor.OPERATOR, null),

	/** 取下げ: the operator withdraws an application not yet received. */
	WITHDRAW(ApplicationActor.OPERATOR, null),

	/**
	 * 受付: the secretariat receives a submitted application (a 軽微変更届出 is thereby
	 * recorded).
	 */
	RECEIVE(ApplicationActor.SECRETARIAT, null),

	/** 差戻し: the secretariat returns a submitted application for correction. */
	RETURN(ApplicationActor.SECRETARIAT, null),

	/** 議題に掲載: the secretariat puts a received application on a meeting's agenda. */
	PUT_ON_AGENDA(ApplicationActor.SECRETARIAT, null),

	/** 議題から外す: the item leaves the agenda undecided (meeting cancelled, item moved). */
	REMOVE_FROM_AGENDA(ApplicationActor.SECRETARIAT, null),

	/** 承認 recorded by the secretariat. */
	APPROVE(ApplicationActor.SECRETARIAT, DecisionOutcome.APPROVED),

	/** 条件付き承認 recorded by the secretariat. */
	APPROVE_WITH_CONDITIONS(ApplicationActor.SECRETARIAT, DecisionOutcome.APPROVED_WITH_CONDITIONS),

	/** 否決 recorded by the secretariat. */
	REJECT(ApplicationActor.SECRETARIAT, DecisionOutcome.REJECTED),

	/** 継続審議 recorded by the secretariat: back to received, ready for another agenda. */
	CONTINUE(ApplicationActor.SECRETARIAT, DecisionOutcome.CONTINUED);

	private final ApplicationActor actor;

	private final DecisionOutcome outcome;

	ApplicationAction(ApplicationActor actor, DecisionOutcome outcome) {
		this.actor = actor;
		this.outcome = outcome;
	}

	/**
	 * Who takes this step.
	 * @return the operator or the secretariat
	 */
	public ApplicationActor actor() {
		return this.actor;
	}

	/**
	 * The council's decision this step records.
	 * @return the outcome, or empty for a step that records none
	 */
	public Optional<DecisionOutcome> outcome() {
		return Optional.ofNullable(this.outcome);
	}

	/**
	 * Whether this step concerns the agenda or the council's decision, which a 軽微変更届出
	 * never reaches.
	 * @return {@code true} for putting on or removing from an agenda and for the
	 * decisions
	 */
	public boolean concernsTheCouncil() {
		return this == PUT_ON_AGENDA || this == REMOVE_FROM_AGENDA || this.outcome != null;
	}

}
