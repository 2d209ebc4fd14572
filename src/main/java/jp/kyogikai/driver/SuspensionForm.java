package jp.kyogikai.driver;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A licence suspension to add to a driver's history. The order of the dates is checked in
 * {@link #check}.
 */
public class SuspensionForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate suspendedFrom;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate suspendedTo;

	@Size(max = 200)
	private String reason;

	/**
	 * Checks across fields: the last day is no earlier than the first.
	 * @param errors where to report
	 */
	void check(Errors errors) {
		if (this.suspendedFrom != null && this.suspendedTo != null && this.suspendedTo.isBefore(this.suspendedFrom)) {
			errors.rejectValue("suspendedTo", "driver.suspension.order");
		}
	}

	public LocalDate getSuspendedFrom() {
		return this.suspendedFrom;
	}

	public void setSuspendedFrom(LocalDate suspendedFrom) {
		this.suspendedFrom = suspendedFrom;
	}

	public LocalDate getSuspendedTo() {
		return this.suspendedTo;
	}

	public void setSuspendedTo(LocalDate suspendedTo) {
		this.suspendedTo = suspendedTo;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
