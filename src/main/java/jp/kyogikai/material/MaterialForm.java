package jp.kyogikai.material;

import jakarta.validation.constraints.Size;

/**
 * A material's settings as staff change them: title, 次第 item, confidential, continuing
 * the previous number; and for a new generated material its kind and source.
 */
public class MaterialForm {

	private long version;

	private MaterialKind kind;

	@Size(max = 200)
	private String title;

	private Long agendaItemId;

	private Integer fiscalYear;

	private Long operatorId;

	private boolean confidential;

	private boolean continuesPrevious;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public MaterialKind getKind() {
		return this.kind;
	}

	public void setKind(MaterialKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getAgendaItemId() {
		return this.agendaItemId;
	}

	public void setAgendaItemId(Long agendaItemId) {
		this.agendaItemId = agendaItemId;
	}

	public Integer getFiscalYear() {
		return this.fiscalYear;
	}

	public void setFiscalYear(Integer fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

	public Long getOperatorId() {
		return this.operatorId;
	}

	public void setOperatorId(Long operatorId) {
		this.operatorId = operatorId;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	public void setConfidential(boolean confidential) {
		this.confidential = confidential;
	}

	public boolean isContinuesPrevious() {
		return this.continuesPrevious;
	}

	public void setContinuesPrevious(boolean continuesPrevious) {
		this.continuesPrevious = continuesPrevious;
	}

}
