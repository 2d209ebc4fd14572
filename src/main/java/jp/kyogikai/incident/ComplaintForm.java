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
 * A complaint as staff or the operator enter it. Checks across fields are in
 * {@link #check}.
 */
public class ComplaintForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	@Size(max = 100)
	private String complainant;

	@NotBlank
	@Size(max = 2000)
	private String content;

	@Size(max = 2000)
	private String response;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate resolvedOn;

	private long version;

	static ComplaintForm of(Complaint complaint) {
		ComplaintForm form = new ComplaintForm();
		form.receivedOn = complaint.getReceivedOn();
		form.complainant = complaint.getComplainant();
		form.content = complaint.getContent();
		form.response = complaint.getResponse();
		form.resolvedOn = complaint.getResolvedOn();
		form.version = complaint.getVersion();
		return form;
	}

	/**
	 * Checks across fields: no day after today; resolved not before it was received, and
	 * with the response written.
	 * @param errors where to report
	 * @param today the day of the entry
	 */
	void check(Errors errors, LocalDate today) {
		if (this.receivedOn != null && this.receivedOn.isAfter(today)) {
			FormErrors.reject(errors, "receivedOn", "incident.date.future", List.of());
		}
		if (this.resolvedOn == null) {
			return;
		}
		if (this.resolvedOn.isAfter(today)) {
			FormErrors.reject(errors, "resolvedOn", "incident.date.future", List.of());
		}
		else if (this.receivedOn != null && this.resolvedOn.isBefore(this.receivedOn)) {
			errors.rejectValue("resolvedOn", "complaint.resolvedOn.order");
		}
		if (this.response == null || this.response.isBlank()) {
			errors.rejectValue("response", "complaint.response.required");
		}
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public String getComplainant() {
		return this.complainant;
	}

	public void setComplainant(String complainant) {
		this.complainant = complainant;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public String getResponse() {
		return this.response;
	}

	public void setResponse(String response) {
		this.response = response;
	}

	public LocalDate getResolvedOn() {
		return this.resolvedOn;
	}

	public void setResolvedOn(LocalDate resolvedOn) {
		this.resolvedOn = resolvedOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
