package jp.kyogikai.application.rule;

/**
 * What a 変更登録 changes, and whether the change needs the council's deliberation or is only
 * notified (軽微変更届出). A change of transport kind or an enlarged area needs a fresh
 * agreement; a smaller area, fewer kinds, the name, address, representative, offices and
 * the number of vehicles are only notified.
 */
public enum ChangeItem {

	/** 運送の種別の変更 (adding a kind or changing to another). */
	TRANSPORT_KIND_CHANGED(Procedure.DELIBERATION),

	/** 運送の区域の拡大. */
	AREA_ENLARGED(Procedure.DELIBERATION),

	/** 運送の区域の縮小. */
	AREA_REDUCED(Procedure.NOTIFICATION),

	/** 運送の種別の減少 (giving up one of the kinds). */
	TRANSPORT_KIND_REDUCED(Procedure.NOTIFICATION),

	/** 名称. */
	NAME(Procedure.NOTIFICATION),

	/** 住所 (主たる事務所の所在地). */
	ADDRESS(Procedure.NOTIFICATION),

	/** 代表者の氏名. */
	REPRESENTATIVE(Procedure.NOTIFICATION),

	/** 事務所の名称・位置 (an office opened, moved or closed). */
	OFFICE(Procedure.NOTIFICATION),

	/** 事務所ごとの自動車の数. */
	VEHICLE_COUNT(Procedure.NOTIFICATION);

	private final Procedure procedure;

	ChangeItem(Procedure procedure) {
		this.procedure = procedure;
	}

	/**
	 * How a change of this item alone is handled.
	 * @return deliberation or notification
	 */
	public Procedure procedure() {
		return this.procedure;
	}

}
