package jp.kyogikai.operator;

import java.util.List;

import jp.kyogikai.audit.RecordChange;

/**
 * One record of an operator's registries (its own record, an office, a manager, a
 * vehicle, a driver) with every revision.
 *
 * @param registry which registry
 * @param id the record's id
 * @param name how staff know it (the office's name, the plate number, the driver's name)
 * @param deleted whether it has been deleted
 * @param changes its revisions, newest first
 */
public record RegistryRecord(Registry registry, long id, String name, boolean deleted, List<RecordChange> changes) {

	/**
	 * The registries of an operator; each names the message prefix of its fields' labels.
	 */
	public enum Registry {

		OPERATOR("operatorForm"), OFFICE("office"), MANAGER("manager"), VEHICLE("vehicle"), DRIVER("driver");

		private final String labelPrefix;

		Registry(String labelPrefix) {
			this.labelPrefix = labelPrefix;
		}

		/**
		 * The prefix of the message keys of the fields' labels: {@code <prefix>.<field>}.
		 * @return the prefix
		 */
		public String labelPrefix() {
			return this.labelPrefix;
		}

	}

}
