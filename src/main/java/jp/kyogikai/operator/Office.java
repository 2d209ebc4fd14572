package jp.kyogikai.operator;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * An office (事務所) of an operator: where its vehicles are kept and managed.
 */
@Entity
@Audited
public class Office {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "operator_id")
	private Operator operator;

	private String name;

	private String location;

	private int sortOrder;

	protected Office() {
	}

	Office(Operator operator, String name, String location, int sortOrder) {
		this.operator = operator;
		this.name = name;
		this.location = location;
		this.sortOrder = sortOrder;
	}

	void update(String name, String location) {
		this.name = name;
		this.location = location;
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

	public String getLocation() {
		return this.location;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
