package jp.kyogikai.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.application.rule.ApplicationType;
import jp.kyogikai.application.rule.AttachmentChecklist;
import jp.kyogikai.application.rule.ChangeClassification;
import jp.kyogikai.application.rule.ChangeItem;
import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.Procedure;
import jp.kyogikai.application.rule.ReceiptNumber;
import jp.kyogikai.fare.FareScheduleDocument;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An application (協議申請) of an operator to the council of its municipality. The operator
 * and the municipality are referred to by id. Its status moves only through
 * {@link jp.kyogikai.application.rule.ApplicationWorkflow}, each step recorded as an
 * {@link ApplicationEvent}.
 */
@Entity
@Audited
public class Application {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long municipalityId;

	private long operatorId;

	@Enumerated(EnumType.STRING)
	private ApplicationType type;

	/** 協議, or 軽微変更届出 for a 変更登録 whose items are all only notified. */
	@Enumerated(EnumType.STRING)
	private Procedure procedure;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	/** What a 変更登録 changes; empty for the other types. */
	@Convert(converter = ChangeItemsConverter.class)
	private Set<ChangeItem> changeItems = EnumSet.noneOf(ChangeItem.class);

	/** 運送の区域. */
	private String area;

	/** 申請の理由 (the summary of what is applied for and why). */
	private String reason;

	/** 備考. */
	private String remarks;

	/**
	 * The fares proposed (申請する対価) by a type that proposes fares; {@code null} until
	 * entered.
	 */
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private FareScheduleDocument proposedFares;

	/** 適用開始予定日 of the proposed fares, optional. */
	private LocalDate proposedEffectiveFrom;

	/** The last (re)submission; {@code null} while never submitted. */
	private Instant submittedAt;

	private Instant receivedAt;

	/** 受付番号, e.g. 7福有第3号. */
	private String receivedNumber;

	private Integer receivedFiscalYear;

	private Integer receivedSequence;

	/**
	 * The council's final decision; {@code null} until decided (継続審議 is not stored here).
	 */
	@Enumerated(EnumType.STRING)
	private DecisionOutcome decisionOutcome;

	/** The conditions of a 条件付き承認. */
	private String decisionConditions;

	private Instant decidedAt;

	private String createdBy;

	private Instant createdAt;

	private String updatedBy;

	private Instant updatedAt;

	protected Application() {
	}

	Application(long municipalityId, long operatorId, ApplicationType type, String by, Instant at) {
		this.municipalityId = municipalityId;
		this.operatorId = operatorId;
		this.type = type;
		this.procedure = Procedure.DELIBERATION;
		this.status = ApplicationStatus.DRAFT;
		this.createdBy = by;
		this.createdAt = at;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/**
	 * Sets what the operator writes; the procedure follows from the change items.
	 * @param changes the items of a 変更登録 (valid, at least one), ignored for the other
	 * types
	 * @param area 運送の区域
	 * @param reason 申請の理由
	 * @param remarks 備考
	 */
	void write(Set<ChangeItem> changes, String area, String reason, String remarks) {
		if (this.type == ApplicationType.CHANGE) {
			ChangeClassification classification = ChangeClassification.of(changes);
			this.changeItems = EnumSet.copyOf(classification.items());
			this.procedure = this.type.procedure(classification);
		}
		else {
			this.changeItems = EnumSet.noneOf(ChangeItem.class);
			this.procedure = Procedure.DELIBERATION;
		}
		this.area = blankToNull(area);
		this.reason = reason.strip();
		this.remarks = blankToNull(remarks);
	}

	/**
	 * Sets the proposed fares; ignored (cleared) for a type that proposes none.
	 * @param schedule the fares without violations, or {@code null} for none yet
	 * @param effectiveFrom 適用開始予定日, or {@code null}
	 */
	void propose(FareSchedule schedule, LocalDate effectiveFrom) {
		boolean proposes = this.type.proposesFares();
		this.proposedFares = (proposes && schedule != null) ? FareScheduleDocument.of(schedule) : null;
		this.proposedEffectiveFrom = (proposes && schedule != null) ? effectiveFrom : null;
	}

	/**
	 * Whether it lacks the fares its type must propose.
	 * @return {@code true} for a type that proposes fares without them
	 */
	public boolean missesProposedFares() {
		return this.type.proposesFares() && this.proposedFares == null;
	}

	/**
	 * The proposed fares.
	 * @return the schedule, {@code null} when none was entered
	 */
	public FareSchedule proposedSchedule() {
		return (this.proposedFares != null) ? this.proposedFares.toSchedule() : null;
	}

	void moveTo(ApplicationStatus next, String by, Instant at) {
		this.status = next;
		touch(by, at);
	}

	void touch(String by, Instant at) {
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void submitted(Instant at) {
		this.submittedAt = at;
	}

	void received(ReceiptNumber number, Instant at) {
		this.receivedAt = at;
		this.receivedNumber = number.text();
		this.receivedFiscalYear = number.fiscalYear().startYear();
		this.receivedSequence = number.sequence();
	}

	void decided(DecisionOutcome outcome, String conditions, Instant at) {
		this.decisionOutcome = outcome;
		this.decisionConditions = blankToNull(conditions);
		this.decidedAt = at;
	}

	/**
	 * Whether staff may see it: it was submitted at least once.
	 * @return {@code false} for a draft (withdrawn or not) never submitted
	 */
	public boolean visibleToStaff() {
		return this.submittedAt != null && this.status != ApplicationStatus.DRAFT;
	}

	/**
	 * The documents it carries.
	 * @return the checklist of its type and change items
	 */
	public AttachmentChecklist checklist() {
		return AttachmentChecklist.of(this.type, this.changeItems);
	}

	/**
	 * How a 変更登録 is classified.
	 * @return the classification of its items, {@code null} for the other types
	 */
	public ChangeClassification classification() {
		return (this.type == ApplicationType.CHANGE) ? ChangeClassification.of(this.changeItems) : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
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

	public long getOperatorId() {
		return this.operatorId;
	}

	public ApplicationType getType() {
		return this.type;
	}

	public Procedure getProcedure() {
		return this.procedure;
	}

	public ApplicationStatus getStatus() {
		return this.status;
	}

	public Set<ChangeItem> getChangeItems() {
		return (this.changeItems == null || this.changeItems.isEmpty()) ? EnumSet.noneOf(ChangeItem.class)
				: EnumSet.copyOf(this.changeItems);
	}

	public String getArea() {
		return this.area;
	}

	public String getReason() {
		return this.reason;
	}

	public String getRemarks() {
		return this.remarks;
	}

	public LocalDate getProposedEffectiveFrom() {
		return this.proposedEffectiveFrom;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public String getReceivedNumber() {
		return this.receivedNumber;
	}

	public Integer getReceivedFiscalYear() {
		return this.receivedFiscalYear;
	}

	public Integer getReceivedSequence() {
		return this.receivedSequence;
	}

	public DecisionOutcome getDecisionOutcome() {
		return this.decisionOutcome;
	}

	public String getDecisionConditions() {
		return this.decisionConditions;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
