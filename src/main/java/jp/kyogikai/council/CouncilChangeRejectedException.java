package jp.kyogikai.council;

import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.council.rule.CharterViolation;

import org.springframework.context.support.DefaultMessageSourceResolvable;
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
		for (CharterViolation violation : this.violations) {
			List<Object> arguments = new ArrayList<>();
			arguments.add(new DefaultMessageSourceResolvable(
					new String[] { errors.getObjectName() + "." + violation.field(), violation.field() },
					violation.field()));
			arguments.addAll(violation.arguments());
			if (hasField(errors, violation.field())) {
				errors.rejectValue(violation.field(), violation.code(), arguments.toArray(), violation.code());
			}
			else {
				errors.reject(violation.code(), arguments.toArray(), violation.code());
			}
		}
	}

	private static boolean hasField(Errors errors, String field) {
		try {
			errors.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
