package jp.kyogikai.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new 運行管理の責任者 or 整備管理の責任者 of an operator.
 */
public class ManagerForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotNull
	private ManagerRole role = ManagerRole.OPERATION;

	private Long officeId;

	private boolean qualified;

	private boolean certified;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ManagerRole getRole() {
		return this.role;
	}

	public void setRole(ManagerRole role) {
		this.role = role;
	}

	public Long getOfficeId() {
		return this.officeId;
	}

	public void setOfficeId(Long officeId) {
		this.officeId = officeId;
	}

	public boolean isQualified() {
		return this.qualified;
	}

	public void setQualified(boolean qualified) {
		this.qualified = qualified;
	}

	public boolean isCertified() {
		return this.certified;
	}

	public void setCertified(boolean certified) {
		this.certified = certified;
	}

}
