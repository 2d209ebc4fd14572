package jp.kyogikai.meeting;

/**
 * A change refused for a reason the user can fix; the message code names it. Nothing
 * changed.
 */
public class MeetingRefusedException extends RuntimeException {

	private final String code;

	private final Object[] arguments;

	MeetingRefusedException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
