package jp.kyogikai.operator;

/**
 * What a manager of an operator is responsible for.
 */
public enum ManagerRole {

	/** 運行管理の責任者. */
	OPERATION,

	/** 整備管理の責任者. */
	MAINTENANCE

}
