package jp.kyogikai.attendance;

/**
 * A reply or note refused for a reason the user can fix: the field and message code name
 * it. Nothing changed.
 */
public class AttendanceRefusedException extends RuntimeException {

	private final String field;

	private final String code;

	AttendanceRefusedException(String field, String code) {
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
