package jp.kyogikai.application.rule;

/**
 * The kinds of charge besides the fare (運賃以外の料金).
 */
public enum ChargeKind {

	/** 迎車回送料金: driving to the passenger. */
	PICK_UP,

	/** 待機料金: waiting for the passenger (at a hospital, for instance). */
	WAITING,

	/** 介助料: help getting in and out, on stairs, at the destination. */
	ASSISTANCE,

	/** キャンセル料: a ride cancelled late. */
	CANCELLATION,

	/** その他: anything else, named by the operator. */
	OTHER

}
