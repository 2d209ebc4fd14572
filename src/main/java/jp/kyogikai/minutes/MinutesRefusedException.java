package jp.kyogikai.minutes;

/**
 * A step on the minutes refused for a reason staff can see and fix (the meeting not
 * closed, signers missing, the minutes already final...). Nothing changed. The message is
 * the Japanese text staff read.
 */
public class MinutesRefusedException extends RuntimeException {

	private final String code;

	MinutesRefusedException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
