package jp.kyogikai.operator;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
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

	public OperatorType getOperatorType() {
		return this.operatorType;
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public LocalDate getRegistrationExpiresOn() {
		return this.registrationExpiresOn;
	}

}
