package jp.kyogikai.incident;

/**
 * The form names a vehicle or driver that is not the operator's.
 */
class UnknownChoiceException extends RuntimeException {

	private final String field;

	UnknownChoiceException(String field) {
		super("運送主体の車両・運転者ではありません: " + field);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
