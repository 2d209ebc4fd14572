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
 * An administrative action as staff enter it.
 */
public class AdministrativeActionForm {

	@NotNull
	private ActionKind kind = ActionKind.IMPROVEMENT_ORDER;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actedOn;

	@Size(max = 100)
	private String authority;

	@NotBlank
	@Size(max = 1000)
	private String summary;

	private long version;

	static AdministrativeActionForm of(AdministrativeAction action) {
		AdministrativeActionForm form = new AdministrativeActionForm();
		form.kind = action.getKind();
		form.actedOn = action.getActedOn();
		form.authority = action.getAuthority();
		form.summary = action.getSummary();
		form.version = action.getVersion();
		return form;
	}

	/**
	 * Checks across fields: no day after today.
	 * @param errors where to report
	 * @param today the day of the entry
	 */
	void check(Errors errors, LocalDate today) {
		if (this.actedOn != null && this.actedOn.isAfter(today)) {
			FormErrors.reject(errors, "actedOn", "incident.date.future", List.of());
		}
	}

	public ActionKind getKind() {
		return this.kind;
	}

	public void setKind(ActionKind kind) {
		this.kind = kind;
	}

	public LocalDate getActedOn() {
		return this.actedOn;
	}

	public void setActedOn(LocalDate actedOn) {
		this.actedOn = actedOn;
	}

	public String getAuthority() {
		return this.authority;
	}

	public void setAuthority(String authority) {
		this.authority = authority;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
