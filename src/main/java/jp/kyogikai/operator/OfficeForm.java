package jp.kyogikai.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new office (事務所) of an operator.
 */
public class OfficeForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 300)
	private String location;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

}
