package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * 距離制: a base fare up to a base distance, then an increment fare for every increment
 * distance started beyond it (加算距離に満たない端数は1加算). "2kmまで200円、以後2kmを超えるごとに100円" is
 * {@code (2000, 200, 2000, 100)}; "1km 100円" is {@code (0, 0, 1000, 100)}.
 *
 * @param baseMetres the distance the base fare covers (基本距離); 0 when every metre counts
 * @param baseFare the base fare in yen (基本運賃)
 * @param incrementMetres the increment distance (加算距離), at least 1m
 * @param incrementFare the fare added per started increment (加算運賃)
 */
public record DistanceFare(int baseMetres, long baseFare, int incrementMetres, long incrementFare) implements BaseFare {

	@Override
	public FareMethod method() {
		return FareMethod.DISTANCE;
	}

	@Override
	public long fare(Trip trip) {
		FareLimits.requireValid(this, violations());
		return FareLimits.stepped(this.baseFare, this.baseMetres, this.incrementMetres, this.incrementFare,
				trip.metres());
	}

	@Override
	public List<ApplicationViolation> violations() {
		List<ApplicationViolation> violations = new ArrayList<>();
		FareLimits.metres(violations, "baseMetres", this.baseMetres, 0);
		FareLimits.amount(violations, "baseFare", this.baseFare, 0);
		FareLimits.metres(violations, "incrementMetres", this.incrementMetres, 1);
		FareLimits.amount(violations, "incrementFare", this.incrementFare, 0);
		return violations;
	}

}
