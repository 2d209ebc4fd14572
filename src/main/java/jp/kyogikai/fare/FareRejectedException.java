package jp.kyogikai.fare;

import java.util.List;

import jp.kyogikai.application.rule.ApplicationViolation;

/**
 * Fares or dates that cannot be recorded, with every reason: the fare rule's violations
 * (fields as the rule names them: {@code fare.baseFare}, {@code otherCharges[0].amount})
 * and this module's ({@code effectiveFrom}, {@code agreedOn}, {@code applicationId} for
 * agreements; the {@link jp.kyogikai.application.rule.TaxiFare} fields for taxi fares).
 * Nothing was saved.
 */
public class FareRejectedException extends RuntimeException {

	private final transient List<ApplicationViolation> violations;

	public FareRejectedException(List<ApplicationViolation> violations) {
		super("対価を登録できません: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<ApplicationViolation> violations() {
		return this.violations;
	}

}
