package jp.kyogikai.fare;

import java.util.List;

/**
 * What a municipality publishes about fares (対価の公表): every operator whose registration is
 * in force, with the fares the council agreed. Names and fares only; nothing personal,
 * nothing proposed.
 *
 * @param municipalityName the municipality
 * @param operators the operators by name
 */
public record PublicFares(String municipalityName, List<OperatorFares> operators) {

	public PublicFares {
		operators = List.copyOf(operators);
	}

	/**
	 * One operator's published fares.
	 *
	 * @param operatorName the operator's name
	 * @param current the fares in force, {@code null} when none is on record
	 * @param upcoming agreed fares that apply from a later day, the soonest first
	 */
	public record OperatorFares(String operatorName, FareAgreement current, List<FareAgreement> upcoming) {

		public OperatorFares {
			upcoming = List.copyOf(upcoming);
		}

	}

}
