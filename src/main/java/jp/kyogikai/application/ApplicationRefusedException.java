package jp.kyogikai.application;

import java.util.List;

/**
 * A change to an application that is not made, with the reason as a message code: a
 * required document is missing at submission, the application may no longer be changed, a
 * document of a kind it does not carry, a decision without its conditions. Nothing was
 * changed. The message's <code>{0}</code> is empty, its arguments start at
 * <code>{1}</code>.
 */
public class ApplicationRefusedException extends RuntimeException {

	/** Submission without a required document; argument: the missing kinds. */
	public static final String MISSING_ATTACHMENTS = "application.attachments.missing";

	/** Submission of a type that proposes fares without them. */
	public static final String FARES_MISSING = "application.fares.missing";

	/** Content or documents changed after submission. */
	public static final String NOT_EDITABLE = "application.notEditable";

	/** A document of a kind the application does not carry. */
	public static final String UNKNOWN_KIND = "application.attachments.unknownKind";

	/** A return through the generic action instead of the form with comments. */
	public static final String RETURN_NEEDS_COMMENTS = "application.return.noComment";

	/** A decision outside the meeting's record of it. */
	public static final String DECISION_ELSEWHERE = "application.decision.elsewhere";

	/** Putting on or taking off an agenda is done on the meeting's 次第. */
	public static final String AGENDA_ELSEWHERE = "application.agenda.elsewhere";

	/** 条件付き承認 without its conditions. */
	public static final String CONDITIONS_REQUIRED = "application.decision.conditionsRequired";

	private final String code;

	private final List<Object> arguments;

	public ApplicationRefusedException(String code, Object... arguments) {
		super("申請を変更できません: " + code);
		this.code = code;
		this.arguments = List.of(arguments);
	}

	public String code() {
		return this.code;
	}

	/**
	 * The values the message quotes from <code>{1}</code>.
	 * @return the arguments (enum values, lists of them, text)
	 */
	public List<Object> arguments() {
		return this.arguments;
	}

}
