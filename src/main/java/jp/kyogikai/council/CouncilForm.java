package jp.kyogikai.council;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The council's name, type, secretariat department and transport kinds.
 */
public class CouncilForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private CouncilType type;

	@NotBlank
	@Size(max = 200)
	private String secretariatDepartment;

	@NotEmpty
	private Set<TransportKind> transportKinds = EnumSet.noneOf(TransportKind.class);

	private long version;

	static CouncilForm of(Council council) {
		CouncilForm form = new CouncilForm();
		form.name = council.getName();
		form.type = council.getType();
		form.secretariatDepartment = council.getSecretariatDepartment();
		form.transportKinds = EnumSet.noneOf(TransportKind.class);
		form.transportKinds.addAll(council.getTransportKinds());
		form.version = council.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public CouncilType getType() {
		return this.type;
	}

	public void setType(CouncilType type) {
		this.type = type;
	}

	public String getSecretariatDepartment() {
		return this.secretariatDepartment;
	}

	public void setSecretariatDepartment(String secretariatDepartment) {
		this.secretariatDepartment = secretariatDepartment;
	}

	public Set<TransportKind> getTransportKinds() {
		return this.transportKinds;
	}

	public void setTransportKinds(Set<TransportKind> transportKinds) {
		this.transportKinds = (transportKinds != null) ? transportKinds : EnumSet.noneOf(TransportKind.class);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
