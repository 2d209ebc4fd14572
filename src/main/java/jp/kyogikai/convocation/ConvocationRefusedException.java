package jp.kyogikai.convocation;

/**
 * A convocation refused for a reason staff can fix; the message code names it. Nothing
 * was sent or recorded.
 */
public class ConvocationRefusedException extends RuntimeException {

	private final String code;

	ConvocationRefusedException(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
