package jp.kyogikai.council;

import java.util.List;

import jp.kyogikai.council.rule.CharterViolation;
import jp.kyogikai.web.FormErrors;

import org.springframework.validation.Errors;

/**
 * A change to a council, its charter or its categories that breaks a rule; nothing was
 * saved.
 */
public class CouncilChangeRejectedException extends RuntimeException {

	private final List<CharterViolation> violations;

	public CouncilChangeRejectedException(List<CharterViolation> violations) {
		super("協議会の設定を保存できません: " + violations);
		this.violations = List.copyOf(violations);
	}

	public CouncilChangeRejectedException(CharterViolation violation) {
		this(List.of(violation));
	}

	public List<CharterViolation> getViolations() {
		return this.violations;
	}

	/**
	 * Puts each violation on the form's field, for the page to show beside it.
	 * @param errors the form's errors
	 */
	public void applyTo(Errors errors) {
		this.violations.forEach((v) -> FormErrors.reject(errors, v.field(), v.code(), v.arguments()));
	}

}
