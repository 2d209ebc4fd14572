package jp.kyogikai.operator.rule;

/**
 * Whether a registration is granted for the first time or renews one that is about to
 * expire.
 */
public enum RegistrationKind {

	/** 新規登録: the period starts on the registration date. */
	NEW,

	/** 更新登録 (法79条の6): the period starts the day after the previous one expires. */
	RENEWAL

}
