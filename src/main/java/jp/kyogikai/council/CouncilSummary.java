package jp.kyogikai.council;

import java.util.Set;

/**
 * A council in a list.
 *
 * @param id the council
 * @param name its name
 * @param type 運営協議会 or 地域公共交通会議
 * @param secretariatMunicipality the municipality that runs it
 * @param transportKinds what it deliberates
 */
public record CouncilSummary(long id, String name, CouncilType type, String secretariatMunicipality,
		Set<TransportKind> transportKinds) {

	static CouncilSummary of(Council council) {
		return new CouncilSummary(council.getId(), council.getName(), council.getType(),
				council.getSecretariatMunicipality().getName(), council.getTransportKinds());
	}

}
