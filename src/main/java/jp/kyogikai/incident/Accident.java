package jp.kyogikai.incident;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * An accident (事故) of an operator's transport: when and where, the vehicle and driver
 * when known (both the operator's own, by id), what happened and its outcome, whether it
 * is a serious accident (重大事故) in the sense of 自動車事故報告規則2条, when it was reported to the
 * 運輸支局 and the measures taken against recurrence (再発防止策).
 */
@Entity
@Audited
public class Accident {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long operatorId;

	private LocalDate occurredOn;

	private String place;

	private Long vehicleId;

	private Long driverId;

	private String description;

	/** 被害の状況: injuries, damage and how it ended. */
	private String outcome;

	/** 重大事故 (自動車事故報告規則2条). */
	private boolean serious;

	/** The day the 自動車事故報告書 was filed with the 運輸支局. */
	private LocalDate reportedOn;

	/** 再発防止策. */
	private String measures;

	/** Entered by the operator in its portal rather than by staff. */
	private boolean enteredByOperator;

	protected Accident() {
	}

	Accident(long operatorId, boolean enteredByOperator) {
		this.operatorId = operatorId;
		this.enteredByOperator = enteredByOperator;
	}

	void update(AccidentForm form) {
		this.occurredOn = form.getOccurredOn();
		this.place = form.getPlace().strip();
		this.vehicleId = form.getVehicleId();
		this.driverId = form.getDriverId();
		this.description = form.getDescription().strip();
		this.outcome = Texts.blankToNull(form.getOutcome());
		this.serious = form.isSerious();
		this.reportedOn = form.getReportedOn();
		this.measures = Texts.blankToNull(form.getMeasures());
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

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public String getPlace() {
		return this.place;
	}

	public Long getVehicleId() {
		return this.vehicleId;
	}

	public Long getDriverId() {
		return this.driverId;
	}

	public String getDescription() {
		return this.description;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public boolean isSerious() {
		return this.serious;
	}

	public LocalDate getReportedOn() {
		return this.reportedOn;
	}

	public String getMeasures() {
		return this.measures;
	}

	public boolean isEnteredByOperator() {
		return this.enteredByOperator;
	}

}
