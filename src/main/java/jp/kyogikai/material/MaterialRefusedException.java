package jp.kyogikai.material;

/**
 * A change of materials refused for a reason the user can fix; the message code names it.
 * Nothing changed.
 */
public class MaterialRefusedException extends RuntimeException {

	static final String CLOSED = "material.refused.closed";

	static final String UNKNOWN = "material.refused.unknown";

	private final String code;

	private final Object[] arguments;

	MaterialRefusedException(String code, Object... arguments) {
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
