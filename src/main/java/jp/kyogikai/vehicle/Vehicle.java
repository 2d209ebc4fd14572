package jp.kyogikai.vehicle;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jp.kyogikai.vehicle.rule.CoverAmount;
import jp.kyogikai.vehicle.rule.InsurancePolicy;
import jp.kyogikai.vehicle.rule.UseAgreement;
import jp.kyogikai.vehicle.rule.VehicleType;
import org.hibernate.envers.Audited;

/**
 * A vehicle (自動車) an operator uses. The operator and the office are referred to by id.
 * Insurance cover is in yen: {@code null} no cover, {@link #UNLIMITED} 無制限.
 */
@Entity
@Audited
public class Vehicle {

	/** The stored value of unlimited cover (無制限). */
	public static final long UNLIMITED = -1;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long operatorId;

	private Long officeId;

	/** 自動車登録番号. */
	private String plateNumber;

	@Enumerated(EnumType.STRING)
	private VehicleType vehicleType;

	/** 軽自動車. */
	private boolean kei;

	/** 乗車定員. */
	private int seats;

	private String model;

	private Integer firstRegisteredYear;

	@Enumerated(EnumType.STRING)
	private Ownership ownership = Ownership.OWNED;

	/** The last day of the 自動車検査証's validity. */
	private LocalDate inspectionExpiresOn;

	private String insurer;

	private LocalDate policyFrom;

	private LocalDate policyTo;

	private Long coverPerPerson;

	private Long coverProperty;

	private Long coverPassenger;

	/**
	 * The current use agreement (使用承諾書) in {@code stored_file}; earlier ones are in the
	 * history.
	 */
	private Long useAgreementFileId;

	private LocalDate useAgreementFrom;

	private LocalDate useAgreementTo;

	protected Vehicle() {
	}

	Vehicle(long operatorId) {
		this.operatorId = operatorId;
	}

	void update(VehicleForm form) {
		this.officeId = form.getOfficeId();
		this.plateNumber = form.getPlateNumber().strip();
		this.vehicleType = form.getVehicleType();
		this.kei = form.isKei();
		this.seats = form.getSeats();
		this.model = blankToNull(form.getModel());
		this.firstRegisteredYear = form.getFirstRegisteredYear();
		this.ownership = form.getOwnership();
		this.inspectionExpiresOn = form.getInspectionExpiresOn();
		this.insurer = blankToNull(form.getInsurer());
		this.policyFrom = form.getPolicyFrom();
		this.policyTo = form.getPolicyTo();
		this.coverPerPerson = form.isPerPersonUnlimited() ? Long.valueOf(UNLIMITED) : form.getCoverPerPerson();
		this.coverProperty = form.isPropertyUnlimited() ? Long.valueOf(UNLIMITED) : form.getCoverProperty();
		this.coverPassenger = form.getCoverPassenger();
		this.useAgreementFrom = form.getUseAgreementFrom();
		this.useAgreementTo = form.getUseAgreementTo();
	}

	/**
	 * Makes a newly stored file the vehicle's use agreement; the one before stays stored
	 * and named in the vehicle's history.
	 * @param fileId the stored file
	 */
	void attachUseAgreement(long fileId) {
		this.useAgreementFileId = fileId;
	}

	/**
	 * The use agreement as the rules see it.
	 * @return the agreement, {@code null} when no document is on file
	 */
	public UseAgreement useAgreement() {
		if (this.useAgreementFileId == null) {
			return null;
		}
		return new UseAgreement(this.useAgreementFrom, this.useAgreementTo);
	}

	/**
	 * The insurance as the rules see it.
	 * @return the policy, {@code null} when no policy period is on file
	 */
	public InsurancePolicy insurancePolicy() {
		if (this.policyFrom == null || this.policyTo == null || this.policyTo.isBefore(this.policyFrom)) {
			return null;
		}
		return new InsurancePolicy(this.policyFrom, this.policyTo, cover(this.coverPerPerson),
				cover(this.coverProperty), cover(this.coverPassenger));
	}

	static CoverAmount cover(Long yen) {
		if (yen == null || yen == 0) {
			return CoverAmount.none();
		}
		return (yen == UNLIMITED) ? CoverAmount.unlimited() : CoverAmount.of(yen);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getOperatorId() {
		return this.operatorId;
	}

	public Long getOfficeId() {
		return this.officeId;
	}

	public String getPlateNumber() {
		return this.plateNumber;
	}

	public VehicleType getVehicleType() {
		return this.vehicleType;
	}

	public boolean isKei() {
		return this.kei;
	}

	public int getSeats() {
		return this.seats;
	}

	public String getModel() {
		return this.model;
	}

	public Integer getFirstRegisteredYear() {
		return this.firstRegisteredYear;
	}

	public Ownership getOwnership() {
		return this.ownership;
	}

	public LocalDate getInspectionExpiresOn() {
		return this.inspectionExpiresOn;
	}

	public String getInsurer() {
		return this.insurer;
	}

	public LocalDate getPolicyFrom() {
		return this.policyFrom;
	}

	public LocalDate getPolicyTo() {
		return this.policyTo;
	}

	public Long getCoverPerPerson() {
		return this.coverPerPerson;
	}

	public Long getCoverProperty() {
		return this.coverProperty;
	}

	public Long getCoverPassenger() {
		return this.coverPassenger;
	}

	public Long getUseAgreementFileId() {
		return this.useAgreementFileId;
	}

	public LocalDate getUseAgreementFrom() {
		return this.useAgreementFrom;
	}

	public LocalDate getUseAgreementTo() {
		return this.useAgreementTo;
	}

}
