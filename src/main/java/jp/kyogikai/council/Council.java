package jp.kyogikai.council;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A council (運営協議会 or 地域公共交通会議). It serves one or more municipalities (joint councils
 * exist) and one of them runs its secretariat (庶務).
 */
@Entity
@Audited
public class Council {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String name;

	@Enumerated(EnumType.STRING)
	private CouncilType type;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "secretariat_municipality_id")
	private Municipality secretariatMunicipality;

	/** The department that does the council's 庶務, e.g. 福祉部高齢者福祉課. */
	private String secretariatDepartment;

	@ManyToMany
	@JoinTable(name = "council_municipality", joinColumns = @JoinColumn(name = "council_id"),
			inverseJoinColumns = @JoinColumn(name = "municipality_id"))
	@OrderBy("code")
	private Set<Municipality> municipalities = new LinkedHashSet<>();

	@Convert(converter = TransportKindsConverter.class)
	@Column(name = "transport_kinds")
	private Set<TransportKind> transportKinds = EnumSet.noneOf(TransportKind.class);

	protected Council() {
	}

	public Council(String name, CouncilType type, Municipality secretariatMunicipality, String secretariatDepartment,
			Set<TransportKind> transportKinds) {
		this.name = name;
		this.type = type;
		this.secretariatMunicipality = secretariatMunicipality;
		this.secretariatDepartment = secretariatDepartment;
		this.municipalities.add(secretariatMunicipality);
		this.transportKinds = EnumSet.copyOf(transportKinds);
	}

	public void serve(Municipality municipality) {
		this.municipalities.add(municipality);
	}

	void rename(String name, CouncilType type, String secretariatDepartment, Set<TransportKind> transportKinds) {
		this.name = name;
		this.type = type;
		this.secretariatDepartment = secretariatDepartment;
		this.transportKinds = transportKinds.isEmpty() ? EnumSet.noneOf(TransportKind.class)
				: EnumSet.copyOf(transportKinds);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getName() {
		return this.name;
	}

	public CouncilType getType() {
		return this.type;
	}

	public Municipality getSecretariatMunicipality() {
		return this.secretariatMunicipality;
	}

	public String getSecretariatDepartment() {
		return this.secretariatDepartment;
	}

	public Set<Municipality> getMunicipalities() {
		return this.municipalities;
	}

	public Set<TransportKind> getTransportKinds() {
		return this.transportKinds;
	}

	public boolean isJoint() {
		return this.municipalities.size() > 1;
	}

}
