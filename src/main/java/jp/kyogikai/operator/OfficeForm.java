package jp.kyogikai.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An office (事務所) of an operator, new or edited; an edit carries the version it was
 * opened on.
 */
public class OfficeForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 300)
	private String location;

	private long version;

	static OfficeForm of(Office office) {
		OfficeForm form = new OfficeForm();
		form.name = office.getName();
		form.location = office.getLocation();
		form.version = office.getVersion();
		return form;
	}

	String strippedName() {
		return this.name.strip();
	}

	String strippedLocation() {
		return (this.location == null || this.location.isBlank()) ? null : this.location.strip();
	}

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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
