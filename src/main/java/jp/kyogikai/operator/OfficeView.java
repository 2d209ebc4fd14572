package jp.kyogikai.operator;

/**
 * An office in the list of offices, with what is assigned to it.
 *
 * @param office the office
 * @param vehicles how many vehicles it keeps
 * @param managers how many managers are assigned to it
 */
public record OfficeView(Office office, long vehicles, long managers) {

	/**
	 * Whether anything is still assigned to the office, so that it cannot be deleted.
	 * @return {@code true} with a vehicle or a manager
	 */
	public boolean inUse() {
		return this.vehicles > 0 || this.managers > 0;
	}

}
