package jp.kyogikai.application.rule;

/**
 * What an operator applies for (協議申請の種類). Every type goes to the council except the
 * changes of a {@link #CHANGE} that the law only asks to be notified (軽微変更届出).
 */
public enum ApplicationType {

	/** 新規登録: necessity, area and fares of a new registration. */
	NEW,

	/** 更新登録: the same before the registration expires. */
	RENEWAL,

	/** 変更登録: the operator names what changes ({@link ChangeItem}). */
	CHANGE,

	/** 対価の変更: the proposed fares beside the current ones. */
	FARE_CHANGE,

	/** 合意の解除 (法79条の12第1項第4号). */
	DISSOLUTION;

	/**
	 * Whether the operator must say what changes ({@link ChangeItem}s).
	 * @return {@code true} for {@link #CHANGE}
	 */
	public boolean namesChanges() {
		return this == CHANGE;
	}

	/**
	 * Whether the application proposes a fare schedule for the council to agree.
	 * @return {@code true} for {@link #NEW}, {@link #RENEWAL} and {@link #FARE_CHANGE}
	 */
	public boolean proposesFares() {
		return this == NEW || this == RENEWAL || this == FARE_CHANGE;
	}

	/**
	 * Whether the proposed fares are shown beside the fares in force.
	 * @return {@code true} for {@link #FARE_CHANGE}
	 */
	public boolean comparesWithCurrentFares() {
		return this == FARE_CHANGE;
	}

	/**
	 * How the application is handled.
	 * @param changes what a {@link #CHANGE} changes; ignored (and may be {@code null})
	 * for the other types
	 * @return {@link Procedure#DELIBERATION}, or for a {@link #CHANGE} what its items
	 * call for
	 * @throws IllegalStateException for a {@link #CHANGE} whose classification is not
	 * valid (no items); check {@link ChangeClassification#violations()} first
	 */
	public Procedure procedure(ChangeClassification changes) {
		if (this != CHANGE) {
			return Procedure.DELIBERATION;
		}
		if (changes == null) {
			throw new IllegalStateException("変更登録の変更内容が指定されていません");
		}
		return changes.procedure();
	}

}
