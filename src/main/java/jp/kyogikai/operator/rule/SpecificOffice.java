package jp.kyogikai.operator.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * 特定事務所: an office that manages the operation of 5 or more vehicles of fewer than 11
 * seats (乗車定員11人未満, i.e. up to 10), or of any vehicle of 11 seats or more. Each such
 * office needs its own operation managers (運行管理の責任者), every one of them qualified, and at
 * least floor(n/20)+1 of them, or floor(n/40)+1 when they hold the 運行管理者資格者証, n being the
 * vehicles the office manages: 19 vehicles need 1 (or 1), 20 need 2 (or 1), 40 need 3 (or
 * 2).
 * <p>
 * Decision where the texts are silent: the law gives one number for certified managers
 * and one for the others but says nothing of a mix. A mix is accepted when either reading
 * is met on its own: the certified managers reach floor(n/40)+1, or all qualified
 * managers (certified included) reach floor(n/20)+1. A mix that meets neither, e.g. 1
 * certified and 2 qualified for 60 vehicles, is reported as too few.
 * <p>
 * An office that is not a 特定事務所 has no count of its own and no qualification requirement;
 * the operator as a whole still needs at least one 運行管理の責任者, which the caller checks
 * across its offices.
 */
public final class SpecificOffice {

	/** The most seats of a vehicle counted as small (乗車定員11人未満). */
	public static final int MAX_SMALL_SEATS = 10;

	/** Small vehicles that make an office a 特定事務所. */
	public static final int SMALL_VEHICLES_THRESHOLD = 5;

	/** Vehicles per qualified manager. */
	public static final int VEHICLES_PER_MANAGER = 20;

	/** Vehicles per manager holding the 運行管理者資格者証. */
	public static final int VEHICLES_PER_CERTIFIED_MANAGER = 40;

	private SpecificOffice() {
	}

	/**
	 * Whether an office is a 特定事務所, from its vehicles counted by size.
	 * @param smallVehicles vehicles of up to 10 seats
	 * @param largeVehicles vehicles of 11 seats or more
	 * @return {@code true} with 5 or more small vehicles or any large one
	 */
	public static boolean isSpecific(int smallVehicles, int largeVehicles) {
		requireCount(smallVehicles);
		requireCount(largeVehicles);
		return largeVehicles > 0 || smallVehicles >= SMALL_VEHICLES_THRESHOLD;
	}

	/**
	 * Whether an office is a 特定事務所, from the seats (乗車定員) of each of its vehicles.
	 * @param seats one entry per vehicle
	 * @return {@code true} with 5 or more vehicles of up to 10 seats or any of 11 or more
	 */
	public static boolean isSpecific(Collection<Integer> seats) {
		int large = countLarge(seats);
		return isSpecific(seats.size() - large, large);
	}

	/**
	 * Qualified managers a 特定事務所 needs: floor(n/20)+1.
	 * @param vehicles the office's vehicles
	 * @return the number of managers
	 */
	public static int requiredManagers(int vehicles) {
		requireCount(vehicles);
		return vehicles / VEHICLES_PER_MANAGER + 1;
	}

	/**
	 * Certified managers a 特定事務所 needs: floor(n/40)+1.
	 * @param vehicles the office's vehicles
	 * @return the number of managers
	 */
	public static int requiredCertifiedManagers(int vehicles) {
		requireCount(vehicles);
		return vehicles / VEHICLES_PER_CERTIFIED_MANAGER + 1;
	}

	/**
	 * Checks an office's managers, from the seats of each of its vehicles.
	 * @param seats one entry per vehicle (乗車定員)
	 * @param managers the office's operation managers
	 * @return the numbers required and every shortfall
	 */
	public static ManagerCheck check(Collection<Integer> seats, OperationManagers managers) {
		int large = countLarge(seats);
		return check(seats.size() - large, large, managers);
	}

	/**
	 * Checks an office's managers, from its vehicles counted by size.
	 * @param smallVehicles vehicles of up to 10 seats
	 * @param largeVehicles vehicles of 11 seats or more
	 * @param managers the office's operation managers
	 * @return the numbers required and every shortfall
	 */
	public static ManagerCheck check(int smallVehicles, int largeVehicles, OperationManagers managers) {
		Objects.requireNonNull(managers, "managers");
		int vehicles = smallVehicles + largeVehicles;
		if (!isSpecific(smallVehicles, largeVehicles)) {
			return new ManagerCheck(false, vehicles, 0, 0, true, List.of());
		}
		int required = requiredManagers(vehicles);
		int requiredIfCertified = requiredCertifiedManagers(vehicles);
		boolean enough = managers.certified() >= requiredIfCertified || managers.qualified() >= required;
		List<OfficeFinding> findings = new ArrayList<>();
		if (!enough) {
			findings.add(new OfficeFinding("operationManager.tooFew", vehicles, required, requiredIfCertified,
					managers.qualified(), managers.certified()));
		}
		if (managers.unqualified() > 0) {
			findings.add(new OfficeFinding("operationManager.unqualified", managers.unqualified()));
		}
		return new ManagerCheck(true, vehicles, required, requiredIfCertified, enough, findings);
	}

	private static int countLarge(Collection<Integer> seats) {
		int large = 0;
		for (Integer seat : seats) {
			if (seat == null || seat < 1) {
				throw new IllegalArgumentException("乗車定員が不正です: " + seat);
			}
			if (seat > MAX_SMALL_SEATS) {
				large++;
			}
		}
		return large;
	}

	private static void requireCount(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("台数が不正です: " + count);
		}
	}

}
