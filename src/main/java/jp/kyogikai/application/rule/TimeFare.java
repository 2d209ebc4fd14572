package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * 時間制: a base fare up to base minutes, then an increment fare for every increment of
 * minutes started beyond them (加算時間に満たない端数は1加算). "1時間700円" per started hour is
 * {@code (60, 700, 60, 700)}; "10分 300円" is {@code (0, 0, 10, 300)}.
 *
 * @param baseMinutes the time the base fare covers (基本時間); 0 when every minute counts
 * @param baseFare the base fare in yen
 * @param incrementMinutes the increment time (加算時間), at least 1 minute
 * @param incrementFare the fare added per started increment
 */
public record TimeFare(int baseMinutes, long baseFare, int incrementMinutes, long incrementFare) implements BaseFare {

	@Override
	public FareMethod method() {
		return FareMethod.TIME;
	}

	@Override
	public long fare(Trip trip) {
		FareLimits.requireValid(this, violations());
		return FareLimits.stepped(this.baseFare, this.baseMinutes, this.incrementMinutes, this.incrementFare,
				trip.minutes());
	}

	@Override
	public List<ApplicationViolation> violations() {
		List<ApplicationViolation> violations = new ArrayList<>();
		FareLimits.minutes(violations, "baseMinutes", this.baseMinutes, 0);
		FareLimits.amount(violations, "baseFare", this.baseFare, 0);
		FareLimits.minutes(violations, "incrementMinutes", this.incrementMinutes, 1);
		FareLimits.amount(violations, "incrementFare", this.incrementFare, 0);
		return violations;
	}

}
