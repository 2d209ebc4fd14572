package jp.kyogikai.writtendeliberation;

/**
 * A change refused for a reason the user can fix or should know (the deadline passed, the
 * deliberation is closed): a message code, and the form field at fault when there is one.
 * Nothing changed.
 */
public class WrittenDeliberationRefusedException extends RuntimeException {

	private final String field;

	private final String code;

	WrittenDeliberationRefusedException(String code) {
		this(null, code);
	}

	WrittenDeliberationRefusedException(String field, String code) {
		super(code);
		this.field = field;
		this.code = code;
	}

	/**
	 * The form field at fault.
	 * @return its name, {@code null} when the whole form is
	 */
	public String field() {
		return this.field;
	}

	public String code() {
		return this.code;
	}

}
