package jp.kyogikai.application.rule;

/**
 * A document attached to an application (添付書類). Which of them an application must carry
 * is {@link AttachmentChecklist}'s.
 */
public enum AttachmentKind {

	/** 定款（寄附行為）. */
	ARTICLES,

	/** 役員名簿. */
	OFFICERS,

	/** 事業計画（運営の体制、運行管理・整備管理の体制を含む）. */
	BUSINESS_PLAN,

	/** 運送の区域を示す地図. */
	AREA_MAP,

	/** 運転者名簿. */
	DRIVER_ROSTER,

	/** 講習修了証の写し (the 大臣認定講習 of the drivers without a class-2 licence). */
	COURSE_CERTIFICATES,

	/** 自動車検査証の写し. */
	VEHICLE_INSPECTION,

	/** 任意保険証書の写し. */
	INSURANCE,

	/** 使用権原を証する書類 (the use agreement of a brought-in vehicle). */
	RIGHT_OF_USE,

	/** 対価表 (the fares proposed, and the fares in force for a 対価の変更). */
	FARE_TABLE,

	/** 対価の算定根拠 (that the fares stay within the actual cost, 実費の範囲内). */
	COST_BASIS,

	/** その他の書類. */
	OTHER

}
