package jp.kyogikai.operator;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jp.kyogikai.council.TransportKind;
import jp.kyogikai.council.TransportKindsConverter;
import jp.kyogikai.operator.rule.PeriodRecord;
import jp.kyogikai.operator.rule.RegistrationValidity;
import jp.kyogikai.operator.rule.ValidityPeriod;
import org.hibernate.envers.Audited;

/**
 * A transport operator (運送主体) and its current registration.
 */
@Entity
@Audited
public class Operator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long municipalityId;

	private String name;

	@Enumerated(EnumType.STRING)
	private OperatorType operatorType;

	/** 登録番号, e.g. 中山福第１号. */
	private String registrationNumber;

	/** The last day of the current registration (登録有効期限). */
	private LocalDate registrationExpiresOn;

	private String address;

	/** 代表者, with title: 理事長 山田 太郎. */
	private String representative;

	@Convert(converter = TransportKindsConverter.class)
	private Set<TransportKind> transportKinds = EnumSet.of(TransportKind.WELFARE);

	/** 登録年月日. */
	private LocalDate registeredOn;

	/** The first day of the current registration. */
	private LocalDate validFrom;

	/** 旅客の範囲 (福祉有償運送): the letters イ～ト. */
	@Convert(converter = PassengerCategoriesConverter.class)
	private Set<PassengerCategory> passengerCategories = EnumSet.noneOf(PassengerCategory.class);

	/** 登録旅客数. */
	private Integer passengerCount;

	/**
	 * 事業者協力型: a bus or taxi company cooperates in operation or maintenance management.
	 */
	private boolean operatorCooperation;

	/** The cooperating bus or taxi company. */
	private String cooperationPartner;

	/**
	 * The day the council last deliberated the operator (registration, renewal or
	 * change); what the operator changed in its registries since then is shown to staff.
	 */
	private LocalDate lastDeliberatedOn;

	/**
	 * The operator's contact address for the mail the product sends it (the secretariat
	 * received, returned or decided one of its applications); {@code null} when none is
	 * set.
	 */
	private String contactEmail;

	protected Operator() {
	}

	public Operator(long municipalityId, String name, OperatorType operatorType, String registrationNumber,
			LocalDate registrationExpiresOn) {
		this.municipalityId = municipalityId;
		this.name = name;
		this.operatorType = operatorType;
		this.registrationNumber = registrationNumber;
		this.registrationExpiresOn = registrationExpiresOn;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getMunicipalityId() {
		return this.municipalityId;
	}

	public String getName() {
		return this.name;
	}

	/**
	 * The name without its legal form, for file names: 特定非営利活動法人 のんびり → のんびり.
	 * @return the name after a leading 〜法人, 〜組合, 〜団体 and the space after it; the whole
	 * name when it has none
	 */
	public String shortName() {
		String[] words = this.name.strip().split("[\\s　]+", 2);
		boolean legalForm = words.length == 2
				&& (words[0].endsWith("法人") || words[0].endsWith("組合") || words[0].endsWith("団体"));
		return legalForm ? words[1] : this.name.strip();
	}

	public OperatorType getOperatorType() {
		return this.operatorType;
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public LocalDate getRegistrationExpiresOn() {
		return this.registrationExpiresOn;
	}

	public String getAddress() {
		return this.address;
	}

	public String getRepresentative() {
		return this.representative;
	}

	public Set<TransportKind> getTransportKinds() {
		return (this.transportKinds != null) ? EnumSet.copyOf(this.transportKinds)
				: EnumSet.noneOf(TransportKind.class);
	}

	public Set<PassengerCategory> getPassengerCategories() {
		return (this.passengerCategories == null || this.passengerCategories.isEmpty())
				? EnumSet.noneOf(PassengerCategory.class) : EnumSet.copyOf(this.passengerCategories);
	}

	public LocalDate getRegisteredOn() {
		return this.registeredOn;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public Integer getPassengerCount() {
		return this.passengerCount;
	}

	public boolean isOperatorCooperation() {
		return this.operatorCooperation;
	}

	public String getCooperationPartner() {
		return this.cooperationPartner;
	}

	public LocalDate getLastDeliberatedOn() {
		return this.lastDeliberatedOn;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	/**
	 * Sets the contact address (installation and demo data; staff use the form).
	 * @param contactEmail the address, {@code null} or blank for none
	 */
	public void setContactEmail(String contactEmail) {
		this.contactEmail = blankToNull(contactEmail);
	}

	/**
	 * Records that the council deliberated the operator on a day. An earlier day than the
	 * one on file changes nothing: the last deliberation stays the last.
	 * @param on the day of the deliberation
	 * @return whether the date changed
	 */
	public boolean recordDeliberation(LocalDate on) {
		if (this.lastDeliberatedOn != null && !on.isAfter(this.lastDeliberatedOn)) {
			return false;
		}
		this.lastDeliberatedOn = on;
		return true;
	}

	/**
	 * The period a renewal would get if the current period stays clean.
	 * @return the period, empty when the expiry is not known
	 */
	public java.util.Optional<ValidityPeriod> cleanRenewal() {
		if (this.registrationExpiresOn == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(RegistrationValidity.renewal(this.registrationExpiresOn, this.operatorCooperation,
				PeriodRecord.clean()));
	}

	void update(OperatorForm form) {
		this.name = form.getName().strip();
		this.operatorType = form.getOperatorType();
		this.address = blankToNull(form.getAddress());
		this.representative = blankToNull(form.getRepresentative());
		this.transportKinds = EnumSet.copyOf(form.getTransportKinds());
		this.passengerCategories = (form.getPassengerCategories() == null || form.getPassengerCategories().isEmpty())
				? EnumSet.noneOf(PassengerCategory.class) : EnumSet.copyOf(form.getPassengerCategories());
		this.registrationNumber = blankToNull(form.getRegistrationNumber());
		this.registeredOn = form.getRegisteredOn();
		this.validFrom = form.getValidFrom();
		this.registrationExpiresOn = form.getRegistrationExpiresOn();
		this.passengerCount = form.getPassengerCount();
		this.operatorCooperation = form.isOperatorCooperation();
		this.cooperationPartner = form.isOperatorCooperation() ? blankToNull(form.getCooperationPartner()) : null;
		this.lastDeliberatedOn = form.getLastDeliberatedOn();
		this.contactEmail = blankToNull(form.getContactEmail());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
