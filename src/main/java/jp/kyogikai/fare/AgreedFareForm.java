package jp.kyogikai.fare;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Fares the council agreed, as staff enter them directly (fares agreed before the
 * system): the schedule, its effective date and the day of the agreement.
 */
public class AgreedFareForm {

	private FareScheduleForm schedule = new FareScheduleForm();

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate agreedOn;

	public FareScheduleForm getSchedule() {
		return this.schedule;
	}

	public void setSchedule(FareScheduleForm schedule) {
		this.schedule = (schedule != null) ? schedule : new FareScheduleForm();
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public LocalDate getAgreedOn() {
		return this.agreedOn;
	}

	public void setAgreedOn(LocalDate agreedOn) {
		this.agreedOn = agreedOn;
	}

}
