package jp.kyogikai.incident;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyogikai.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * An accident as staff or the operator enter it. Checks across fields are in
 * {@link #check}; the vehicle and driver are checked against the operator's by the
 * service.
 */
public class AccidentForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	@NotBlank
	@Size(max = 200)
	private String place;

	private Long vehicleId;

	private Long driverId;

	@NotBlank
	@Size(max = 2000)
	private String description;

	@Size(max = 1000)
	private String outcome;

	private boolean serious;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reportedOn;

	@Size(max = 2000)
	private String measures;

	private long version;

	static AccidentForm of(Accident accident) {
		AccidentForm form = new AccidentForm();
		form.occurredOn = accident.getOccurredOn();
		form.place = accident.getPlace();
		form.vehicleId = accident.getVehicleId();
		form.driverId = accident.getDriverId();
		form.description = accident.getDescription();
		form.outcome = accident.getOutcome();
		form.serious = accident.isSerious();
		form.reportedOn = accident.getReportedOn();
		form.measures = accident.getMeasures();
		form.version = accident.getVersion();
		return form;
	}

	/**
	 * Checks across fields: no day after today; the report to the 運輸支局 not before the
	 * accident.
	 * @param errors where to report
	 * @param today the day of the entry
	 */
	void check(Errors errors, LocalDate today) {
		if (this.occurredOn != null && this.occurredOn.isAfter(today)) {
			FormErrors.reject(errors, "occurredOn", "incident.date.future", List.of());
		}
		if (this.reportedOn != null && this.reportedOn.isAfter(today)) {
			FormErrors.reject(errors, "reportedOn", "incident.date.future", List.of());
		}
		else if (this.reportedOn != null && this.occurredOn != null && this.reportedOn.isBefore(this.occurredOn)) {
			errors.rejectValue("reportedOn", "accident.reportedOn.order");
		}
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public Long getVehicleId() {
		return this.vehicleId;
	}

	public void setVehicleId(Long vehicleId) {
		this.vehicleId = vehicleId;
	}

	public Long getDriverId() {
		return this.driverId;
	}

	public void setDriverId(Long driverId) {
		this.driverId = driverId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public boolean isSerious() {
		return this.serious;
	}

	public void setSerious(boolean serious) {
		this.serious = serious;
	}

	public LocalDate getReportedOn() {
		return this.reportedOn;
	}

	public void setReportedOn(LocalDate reportedOn) {
		this.reportedOn = reportedOn;
	}

	public String getMeasures() {
		return this.measures;
	}

	public void setMeasures(String measures) {
		this.measures = measures;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
