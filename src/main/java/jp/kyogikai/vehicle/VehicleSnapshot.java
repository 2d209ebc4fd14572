package jp.kyogikai.vehicle;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jp.kyogikai.vehicle.rule.CoverAmount;
import jp.kyogikai.vehicle.rule.VehicleType;

/**
 * A vehicle as its history shows it (labels {@code vehicle.<name>}); the office by its
 * name, cover as an amount or 無制限.
 */
public record VehicleSnapshot(String plateNumber, VehicleType vehicleType, boolean kei, int seats, String model,
		Integer firstRegisteredYear, String office, Ownership ownership, LocalDate inspectionExpiresOn, String insurer,
		LocalDate policyFrom, LocalDate policyTo, Cover coverPerPerson, Cover coverProperty, Cover coverPassenger) {

	static VehicleSnapshot of(Vehicle v, Map<Long, String> officeNames) {
		Long officeId = v.getOfficeId();
		return new VehicleSnapshot(v.getPlateNumber(), v.getVehicleType(), v.isKei(), v.getSeats(), v.getModel(),
				v.getFirstRegisteredYear(),
				(officeId != null) ? officeNames.getOrDefault(officeId, "#" + officeId) : null, v.getOwnership(),
				v.getInspectionExpiresOn(), v.getInsurer(), v.getPolicyFrom(), v.getPolicyTo(),
				cover(v.getCoverPerPerson()), cover(v.getCoverProperty()), cover(v.getCoverPassenger()));
	}

	private static Cover cover(Long yen) {
		return (yen != null) ? new Cover(Vehicle.cover(yen)) : null;
	}

	/**
	 * An amount of cover as the history prints it: 80,000,000円 or 無制限.
	 *
	 * @param amount the amount
	 */
	public record Cover(CoverAmount amount) {

		@Override
		public String toString() {
			return this.amount.isUnlimited() ? this.amount.toString()
					: String.format(Locale.ROOT, "%,d円", this.amount.yen());
		}

	}

}
