package jp.kyogikai.writtendeliberation;

/**
 * Where a 書面協議 stands.
 */
public enum WrittenDeliberationStatus {

	/** 準備中: staff prepare the question and the recusals; nothing was sent yet. */
	DRAFT,

	/** 回答受付中: the request was sent; members reply until the deadline. */
	OPEN,

	/** 結果確定: closed with its result; nothing changes any more. */
	CLOSED,

	/** 中止: cancelled; the application went back to 受付済み. */
	CANCELLED;

	/**
	 * Whether nothing may change any more.
	 * @return {@code true} when closed or cancelled
	 */
	public boolean finished() {
		return this == CLOSED || this == CANCELLED;
	}

}
