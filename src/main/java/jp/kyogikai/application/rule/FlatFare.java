package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * 定額制: the same fare for every ride (1回 ○円), whatever its distance or time.
 *
 * @param amount the fare per ride in yen
 */
public record FlatFare(long amount) implements BaseFare {

	@Override
	public FareMethod method() {
		return FareMethod.FLAT;
	}

	@Override
	public long fare(Trip trip) {
		FareLimits.requireValid(this, violations());
		return this.amount;
	}

	@Override
	public List<ApplicationViolation> violations() {
		List<ApplicationViolation> violations = new ArrayList<>();
		FareLimits.amount(violations, "amount", this.amount, 0);
		return violations;
	}

}
