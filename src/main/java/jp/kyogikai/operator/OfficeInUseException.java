package jp.kyogikai.operator;

/**
 * An office still keeps vehicles or has managers assigned, so it may not be deleted.
 */
public class OfficeInUseException extends RuntimeException {

	private final String officeName;

	private final long vehicles;

	private final long managers;

	OfficeInUseException(String officeName, long vehicles, long managers) {
		super("事務所に車両または責任者が登録されています");
		this.officeName = officeName;
		this.vehicles = vehicles;
		this.managers = managers;
	}

	public String getOfficeName() {
		return this.officeName;
	}

	public long getVehicles() {
		return this.vehicles;
	}

	public long getManagers() {
		return this.managers;
	}

	/**
	 * The message saying why, with the office's name and the counts as arguments.
	 * @return the message code
	 */
	public String messageCode() {
		if (this.vehicles > 0 && this.managers > 0) {
			return "office.inUse";
		}
		return (this.vehicles > 0) ? "office.inUse.vehicles" : "office.inUse.managers";
	}

	/**
	 * The arguments of {@link #messageCode()}.
	 * @return the office's name, the vehicles, the managers
	 */
	public Object[] messageArguments() {
		return new Object[] { this.officeName, this.vehicles, this.managers };
	}

}
