package jp.kyogikai.incident;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A complaint (苦情) about an operator's transport: when it came in, from whom (blank when
 * anonymous), what it said, how the operator responded and when it was resolved (open
 * until then).
 */
@Entity
@Audited
public class Complaint {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long operatorId;

	private LocalDate receivedOn;

	/** 申出者, {@code null} when anonymous (匿名). */
	private String complainant;

	private String content;

	/** 対応内容. */
	private String response;

	private LocalDate resolvedOn;

	/** Entered by the operator in its portal rather than by staff. */
	private boolean enteredByOperator;

	protected Complaint() {
	}

	Complaint(long operatorId, boolean enteredByOperator) {
		this.operatorId = operatorId;
		this.enteredByOperator = enteredByOperator;
	}

	void update(ComplaintForm form) {
		this.receivedOn = form.getReceivedOn();
		this.complainant = Texts.blankToNull(form.getComplainant());
		this.content = form.getContent().strip();
		this.response = Texts.blankToNull(form.getResponse());
		this.resolvedOn = form.getResolvedOn();
	}

	/**
	 * Whether the complaint is still open.
	 * @return {@code true} until a resolution date is recorded
	 */
	public boolean isOpen() {
		return this.resolvedOn == null;
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

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public String getComplainant() {
		return this.complainant;
	}

	public String getContent() {
		return this.content;
	}

	public String getResponse() {
		return this.response;
	}

	public LocalDate getResolvedOn() {
		return this.resolvedOn;
	}

	public boolean isEnteredByOperator() {
		return this.enteredByOperator;
	}

}
