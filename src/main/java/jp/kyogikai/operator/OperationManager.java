package jp.kyogikai.operator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A manager of an operator: 運行管理の責任者 or 整備管理の責任者, optionally assigned to one of its
 * offices (a 特定事務所 needs its own operation managers).
 */
@Entity
@Audited
public class OperationManager {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "operator_id")
	private Operator operator;

	/**
	 * The office the manager is assigned to, {@code null} for the operator as a whole.
	 */
	private Long officeId;

	private String name;

	@Enumerated(EnumType.STRING)
	private ManagerRole role;

	/** Meets one of the requirements (要件を満たす責任者). */
	private boolean qualified;

	/** Holds the 運行管理者資格者証. */
	private boolean certified;

	private int sortOrder;

	protected OperationManager() {
	}

	OperationManager(Operator operator, Long officeId, String name, ManagerRole role, boolean qualified,
			boolean certified, int sortOrder) {
		this.operator = operator;
		this.officeId = officeId;
		this.name = name;
		this.role = role;
		this.certified = certified;
		this.qualified = qualified || certified;
		this.sortOrder = sortOrder;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getOfficeId() {
		return this.officeId;
	}

	public String getName() {
		return this.name;
	}

	public ManagerRole getRole() {
		return this.role;
	}

	/**
	 * Whether the manager meets a requirement; a certified manager always does.
	 * @return {@code true} when qualified
	 */
	public boolean isQualified() {
		return this.qualified || this.certified;
	}

	public boolean isCertified() {
		return this.certified;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	void leaveOffice() {
		this.officeId = null;
	}

}
