package jp.kyogikai.council;

/**
 * The kinds of 自家用有償旅客運送 a council deliberates.
 */
public enum TransportKind {

	/** 福祉有償運送. */
	WELFARE,

	/** 交通空白地有償運送. */
	TRANSPORT_GAP

}
