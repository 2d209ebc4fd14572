package jp.kyogikai.application.rule;

/**
 * Where an application stands. The moves between them are {@link ApplicationWorkflow}'s.
 */
public enum ApplicationStatus {

	/** 下書き: the operator is writing it; only the operator sees it. */
	DRAFT,

	/** 提出済み: submitted (or resubmitted), waiting for the secretariat. */
	SUBMITTED,

	/** 差戻し: returned for correction with the secretariat's comments. */
	RETURNED,

	/** 受付済み: received and waiting for an agenda (again, after 継続審議). */
	RECEIVED,

	/** 議題に掲載: on the agenda of a meeting. */
	ON_AGENDA,

	/** 協議済み: the council decided (承認, 条件付き承認 or 否決). */
	DECIDED,

	/** 届出受理: a 軽微変更届出 recorded by the secretariat; never on an agenda. */
	NOTIFIED,

	/** 取下げ: withdrawn by the operator before it was received. */
	WITHDRAWN;

	/**
	 * Whether the operator may still change the application's content.
	 * @return {@code true} for {@link #DRAFT} and {@link #RETURNED}
	 */
	public boolean editableByOperator() {
		return this == DRAFT || this == RETURNED;
	}

	/**
	 * Whether nothing can happen to the application any more.
	 * @return {@code true} for {@link #DECIDED}, {@link #NOTIFIED} and {@link #WITHDRAWN}
	 */
	public boolean isFinal() {
		return this == DECIDED || this == NOTIFIED || this == WITHDRAWN;
	}

}
