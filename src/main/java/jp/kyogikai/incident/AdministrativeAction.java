package jp.kyogikai.incident;

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
 * An administrative action (行政処分) against an operator: an improvement order (改善命令) or a
 * suspension (業務の停止), on the day it was ordered, by whom and what it said. Recorded by
 * staff.
 */
@Entity
@Audited
public class AdministrativeAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long operatorId;

	@Enumerated(EnumType.STRING)
	private ActionKind kind;

	/** 処分の日. */
	private LocalDate actedOn;

	/** 処分庁, e.g. 北陸信越運輸局長. */
	private String authority;

	/** 処分の内容. */
	private String summary;

	protected AdministrativeAction() {
	}

	AdministrativeAction(long operatorId) {
		this.operatorId = operatorId;
	}

	void update(AdministrativeActionForm form) {
		this.kind = form.getKind();
		this.actedOn = form.getActedOn();
		this.authority = Texts.blankToNull(form.getAuthority());
		this.summary = form.getSummary().strip();
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

	public ActionKind getKind() {
		return this.kind;
	}

	public LocalDate getActedOn() {
		return this.actedOn;
	}

	public String getAuthority() {
		return this.authority;
	}

	public String getSummary() {
		return this.summary;
	}

}
