package jp.kyogikai.operator.rule;

/**
 * The two kinds of 自家用有償旅客運送 a council deliberates, as the rules see them. The same
 * distinction as the council module's {@code TransportKind}, kept here so that rule
 * packages stay free of entities; services map one onto the other by name.
 */
public enum ServiceKind {

	/** 福祉有償運送: members with disabilities, 要介護/要支援 and the like, and their attendants. */
	WELFARE,

	/**
	 * 交通空白地有償運送: residents and visitors of an area bus and taxi companies do not serve.
	 */
	TRANSPORT_GAP

}
