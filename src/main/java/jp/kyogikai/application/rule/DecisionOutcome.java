package jp.kyogikai.application.rule;

/**
 * What the council decided on an application (協議の結果).
 */
public enum DecisionOutcome {

	/** 承認: agreed (協議が調った). */
	APPROVED,

	/** 条件付き承認: agreed on conditions the minutes record. */
	APPROVED_WITH_CONDITIONS,

	/** 否決: not agreed. */
	REJECTED,

	/** 継続審議: carried over; the application waits for another agenda. */
	CONTINUED;

	/**
	 * Whether the council agreed (協議が調った).
	 * @return {@code true} for {@link #APPROVED} and {@link #APPROVED_WITH_CONDITIONS}
	 */
	public boolean isAgreed() {
		return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
	}

	/**
	 * Whether the decision closes the application.
	 * @return {@code false} only for {@link #CONTINUED}
	 */
	public boolean isFinal() {
		return this != CONTINUED;
	}

	/**
	 * The workflow action that records this outcome.
	 * @return the action
	 */
	public ApplicationAction action() {
		return switch (this) {
			case APPROVED -> ApplicationAction.APPROVE;
			case APPROVED_WITH_CONDITIONS -> ApplicationAction.APPROVE_WITH_CONDITIONS;
			case REJECTED -> ApplicationAction.REJECT;
			case CONTINUED -> ApplicationAction.CONTINUE;
		};
	}

}
