package jp.kyogikai.vehicle;

import java.util.List;

import jp.kyogikai.council.CouncilCharter;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.vehicle.rule.CoverAmount;
import jp.kyogikai.vehicle.rule.InsuranceMinimums;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The insurance minimums an operator's vehicles are checked against, and where they come
 * from: the charter of the council that deliberates the operator; when several do (joint
 * councils, or a municipality served by more than one), the strictest of them, cover by
 * cover, so a vehicle that passes meets every one of their charters; when none does, the
 * statutory standard. Never below the statutory standard.
 *
 * @param minimums the minimums
 * @param councils the names of the councils whose charters set them; empty for the
 * statutory standard
 */
public record InsuranceStandard(InsuranceMinimums minimums, List<String> councils) {

	public InsuranceStandard {
		councils = List.copyOf(councils);
	}

	/**
	 * The standard set by the councils' charters.
	 * @param charters the councils that deliberate the operator
	 * @return the strictest of their minimums; the statutory standard without any
	 */
	static InsuranceStandard of(List<CouncilCharter> charters) {
		return new InsuranceStandard(
				InsuranceMinimums.strictest(charters.stream().map((c) -> minimums(c.settings())).toList()),
				charters.stream().map(CouncilCharter::name).toList());
	}

	/**
	 * A charter's minimums as the rules see them: {@link CharterSettings#UNLIMITED} is
	 * 無制限, and 搭乗者傷害 is always required (0 meaning in any amount), as the statutory
	 * standard requires it.
	 * @param settings the charter's settings
	 * @return the minimums
	 */
	static InsuranceMinimums minimums(CharterSettings settings) {
		return new InsuranceMinimums(amount(settings.insuranceMinPerPerson()), amount(settings.insuranceMinProperty()),
				true, amount(settings.insuranceMinPassenger()));
	}

	private static CoverAmount amount(long stored) {
		return (stored == CharterSettings.UNLIMITED) ? CoverAmount.unlimited() : CoverAmount.of(stored);
	}

	/**
	 * Where the minimums come from, for the vehicle list: 「○○協議会の設置要綱」 or 「告示の基準」.
	 * @return the text to resolve
	 */
	public MessageSourceResolvable source() {
		return switch (this.councils.size()) {
			case 0 -> message("insurance.standard.statutory");
			case 1 -> message("insurance.standard.council", this.councils.get(0));
			default -> message("insurance.standard.councils", String.join("、", this.councils));
		};
	}

	public MessageSourceResolvable perPerson() {
		return amount(this.minimums.perPerson());
	}

	public MessageSourceResolvable property() {
		return amount(this.minimums.property());
	}

	public MessageSourceResolvable passenger() {
		if (!this.minimums.passengerRequired()) {
			return message("insurance.minimum.notRequired");
		}
		return amount(this.minimums.passenger());
	}

	private static MessageSourceResolvable amount(CoverAmount minimum) {
		if (minimum.isUnlimited()) {
			return message("insurance.minimum.unlimited");
		}
		return minimum.isPresent() ? message("insurance.minimum.atLeast", minimum.yen())
				: message("insurance.minimum.anyAmount");
	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

}
