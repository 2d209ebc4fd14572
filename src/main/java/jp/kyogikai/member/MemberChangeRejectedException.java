package jp.kyogikai.member;

import java.util.List;

import jp.kyogikai.member.rule.RosterViolation;
import jp.kyogikai.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;

/**
 * An appointment or member change that breaks a rule of the charter; nothing was saved.
 */
public class MemberChangeRejectedException extends RuntimeException {

	private final String field;

	private final List<RosterViolation> violations;

	public MemberChangeRejectedException(String field, List<RosterViolation> violations) {
		super("委員の登録内容を保存できません: " + violations);
		this.field = field;
		this.violations = List.copyOf(violations);
	}

	public MemberChangeRejectedException(String field, RosterViolation violation) {
		this(field, List.of(violation));
	}

	public List<RosterViolation> getViolations() {
		return this.violations;
	}

	/**
	 * The violations as one Japanese text, for a flash message.
	 * @param messages the message source
	 * @return the text
	 */
	public String text(MessageSource messages) {
		return this.violations.stream()
			.map((v) -> FormErrors.text(messages, v.code(), v.arguments()))
			.collect(java.util.stream.Collectors.joining(" "));
	}

	/**
	 * Puts the violations on the form, on the field they concern.
	 * @param errors the form's errors
	 */
	public void applyTo(Errors errors) {
		this.violations.forEach((v) -> FormErrors.reject(errors, this.field, v.code(), v.arguments()));
	}

}
