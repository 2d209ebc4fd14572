package jp.kyogikai.operator.rule;

/**
 * The operation managers (運行管理の責任者) appointed for one office, counted by qualification.
 * Each count includes the next: a certified manager is also qualified.
 *
 * @param total every manager appointed for the office
 * @param qualified those meeting one of the handbook's requirements a–c: 運行管理者資格者証, the
 * eligibility for the 運行管理者 examination (運行管理者基礎講習 etc.), or the requirements of a
 * 安全運転管理者 (道路交通法施行規則9条の9)
 * @param certified those holding the 運行管理者資格者証 (requirement a)
 */
public record OperationManagers(int total, int qualified, int certified) {

	public OperationManagers {
		if (certified < 0 || qualified < certified || total < qualified) {
			throw new IllegalArgumentException(
					"運行管理の責任者の人数が不正です: 計" + total + "人、うち要件を満たす者" + qualified + "人、うち資格者証" + certified + "人");
		}
	}

	/**
	 * Managers who all hold the 運行管理者資格者証.
	 * @param count how many
	 * @return the managers
	 */
	public static OperationManagers certified(int count) {
		return new OperationManagers(count, count, count);
	}

	/**
	 * Managers who all meet a requirement, none holding the certificate.
	 * @param count how many
	 * @return the managers
	 */
	public static OperationManagers qualified(int count) {
		return new OperationManagers(count, count, 0);
	}

	/**
	 * Managers meeting none of the requirements.
	 * @return how many of the managers are not qualified
	 */
	public int unqualified() {
		return this.total - this.qualified;
	}

}
