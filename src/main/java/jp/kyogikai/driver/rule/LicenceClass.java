package jp.kyogikai.driver.rule;

/**
 * The class of a driving licence, as far as the law on paid transport cares.
 */
public enum LicenceClass {

	/**
	 * 第一種運転免許 (普通 etc.): qualifies only with the approved course for the transport kind.
	 */
	CLASS_1,

	/** 第二種運転免許: qualifies on its own while valid and not suspended. */
	CLASS_2

}
