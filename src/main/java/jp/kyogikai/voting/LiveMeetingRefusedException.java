package jp.kyogikai.voting;

/**
 * A change or a decision refused for a reason staff can see and fix (no quorum, a proxy
 * the charter does not allow, a departure before the arrival...). Nothing changed. The
 * message is the Japanese text staff read; the code and arguments name it in the
 * messages.
 */
public class LiveMeetingRefusedException extends RuntimeException {

	private final String code;

	private final Object[] arguments;

	LiveMeetingRefusedException(String code, Object[] arguments, String message) {
		super(message);
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
