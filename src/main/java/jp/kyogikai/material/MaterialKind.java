package jp.kyogikai.material;

/**
 * What a material is made of: generated from the records when read, or an uploaded file.
 */
public enum MaterialKind {

	/** 委員名簿 on the meeting's day. */
	ROSTER,

	/** The council's 設置要綱. */
	CHARTER,

	/** The municipality's statistics of a 年度 (【○○市の状況】). */
	STATISTICS,

	/** The registered operators of the council's municipalities with their 登録有効期限. */
	OPERATOR_LIST,

	/** An operator's 要件確認表. */
	COMPLIANCE,

	/** An application's 協議申請書. */
	APPLICATION,

	/** An uploaded PDF or image. */
	UPLOADED;

	/**
	 * Whether the material is rendered from the records when read.
	 * @return {@code false} for an upload
	 */
	public boolean generated() {
		return this != UPLOADED;
	}

	/**
	 * Whether the material may go on the public page with published minutes (when not
	 * marked confidential): never the roster, an operator's 要件確認表 or an application's
	 * 協議申請書, which name persons (members, drivers, an operator's officers) and are
	 * rendered from today's records.
	 * @return {@code true} for the charter, the statistics, the operator list and uploads
	 */
	public boolean publishable() {
		return this == CHARTER || this == STATISTICS || this == OPERATOR_LIST || this == UPLOADED;
	}

}
