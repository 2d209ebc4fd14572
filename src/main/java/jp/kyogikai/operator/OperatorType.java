package jp.kyogikai.operator;

/**
 * 法人種別: the kinds of body that may run 自家用有償旅客運送.
 */
public enum OperatorType {

	/** 特定非営利活動法人 (NPO法人). */
	NPO,

	/** 一般社団法人. */
	GENERAL_INCORPORATED_ASSOCIATION,

	/** 一般財団法人. */
	GENERAL_INCORPORATED_FOUNDATION,

	/** 認可地縁団体. */
	AUTHORIZED_NEIGHBORHOOD_ASSOCIATION,

	/** 農業協同組合. */
	AGRICULTURAL_COOPERATIVE,

	/** 消費生活協同組合. */
	CONSUMER_COOPERATIVE,

	/** 医療法人. */
	MEDICAL_CORPORATION,

	/** 社会医療法人. */
	SOCIAL_MEDICAL_CORPORATION,

	/** 社会福祉法人. */
	SOCIAL_WELFARE_CORPORATION,

	/** 商工会議所. */
	CHAMBER_OF_COMMERCE,

	/** 商工会. */
	SOCIETY_OF_COMMERCE,

	/** 労働者協同組合. */
	WORKERS_COOPERATIVE,

	/** 営利を目的としない法人格を有しない社団. */
	UNINCORPORATED_ASSOCIATION,

	/** 市町村. */
	MUNICIPALITY

}
