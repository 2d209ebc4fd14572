package jp.kyogikai.writtendeliberation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.voting.rule.Decision;
import jp.kyogikai.voting.rule.Outcome;
import jp.kyogikai.voting.rule.Vote;
import org.hibernate.envers.Audited;

/**
 * A 書面協議 (持ち回り): one question on one application put to the council's members in writing,
 * with its deadline and, once closed, its result (the counts it was decided by). The
 * application's operator and label are copied when it is created, for the members' pages.
 */
@Entity
@Audited
@Table(name = "written_deliberation")
public class WrittenDeliberation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long councilId;

	private long applicationId;

	private long applicationMunicipalityId;

	private long operatorId;

	private String operatorName;

	private String applicationLabel;

	private String title;

	private String question;

	private Instant deadline;

	@Enumerated(EnumType.STRING)
	private WrittenDeliberationStatus status;

	private Instant createdAt;

	private String createdBy;

	private Instant sentAt;

	private String sentBy;

	private LocalDate rosterDate;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	@Enumerated(EnumType.STRING)
	private DecisionOutcome decisionOutcome;

	private String conditions;

	private Integer quorumMembers;

	private Integer quorumCounted;

	private Integer quorumRequired;

	private Integer inFavour;

	private Integer against;

	private Integer abstentions;

	private Integer decisionBase;

	private Integer decisionRequired;

	private Boolean tie;

	@Enumerated(EnumType.STRING)
	private Vote castingVote;

	private Long presidingMemberId;

	private Instant closedAt;

	private String closedBy;

	private String cancelReason;

	protected WrittenDeliberation() {
	}

	WrittenDeliberation(long councilId, long applicationId, long applicationMunicipalityId, long operatorId,
			String operatorName, String applicationLabel, String title, String question, Instant deadline,
			Instant createdAt, String createdBy) {
		this.councilId = councilId;
		this.applicationId = applicationId;
		this.applicationMunicipalityId = applicationMunicipalityId;
		this.operatorId = operatorId;
		this.operatorName = operatorName;
		this.applicationLabel = applicationLabel;
		this.title = title;
		this.question = question;
		this.deadline = deadline;
		this.status = WrittenDeliberationStatus.DRAFT;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	void write(String title, String question, Instant deadline) {
		this.title = title;
		this.question = question;
		this.deadline = deadline;
	}

	void extend(Instant deadline) {
		this.deadline = deadline;
	}

	void sent(Instant at, String by, LocalDate rosterDate) {
		this.status = WrittenDeliberationStatus.OPEN;
		this.sentAt = at;
		this.sentBy = by;
		this.rosterDate = rosterDate;
	}

	void closed(Decision decision, DecisionOutcome decisionOutcome, String conditions, Instant at, String by) {
		this.status = WrittenDeliberationStatus.CLOSED;
		this.outcome = decision.outcome();
		this.decisionOutcome = decisionOutcome;
		this.conditions = conditions;
		this.quorumMembers = decision.quorum().members();
		this.quorumCounted = decision.quorum().counted();
		this.quorumRequired = decision.quorum().required();
		this.inFavour = decision.inFavour();
		this.against = decision.against();
		this.abstentions = decision.abstentions();
		this.decisionBase = decision.base();
		this.decisionRequired = decision.required();
		this.tie = decision.tie();
		this.castingVote = decision.castingVote();
		this.presidingMemberId = decision.presidingMemberId();
		this.closedAt = at;
		this.closedBy = by;
	}

	void cancelled(String reason, Instant at, String by) {
		this.status = WrittenDeliberationStatus.CANCELLED;
		this.cancelReason = reason;
		this.closedAt = at;
		this.closedBy = by;
	}

	/**
	 * Whether members may still reply at a moment.
	 * @param now the moment
	 * @return {@code true} while open and before the deadline
	 */
	public boolean acceptsReplies(Instant now) {
		return this.status == WrittenDeliberationStatus.OPEN && now.isBefore(this.deadline);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getCouncilId() {
		return this.councilId;
	}

	public long getApplicationId() {
		return this.applicationId;
	}

	public long getApplicationMunicipalityId() {
		return this.applicationMunicipalityId;
	}

	public long getOperatorId() {
		return this.operatorId;
	}

	public String getOperatorName() {
		return this.operatorName;
	}

	public String getApplicationLabel() {
		return this.applicationLabel;
	}

	public String getTitle() {
		return this.title;
	}

	public String getQuestion() {
		return this.question;
	}

	public Instant getDeadline() {
		return this.deadline;
	}

	public WrittenDeliberationStatus getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public String getSentBy() {
		return this.sentBy;
	}

	public LocalDate getRosterDate() {
		return this.rosterDate;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public DecisionOutcome getDecisionOutcome() {
		return this.decisionOutcome;
	}

	public String getConditions() {
		return this.conditions;
	}

	public Integer getQuorumMembers() {
		return this.quorumMembers;
	}

	public Integer getQuorumCounted() {
		return this.quorumCounted;
	}

	public Integer getQuorumRequired() {
		return this.quorumRequired;
	}

	public Integer getInFavour() {
		return this.inFavour;
	}

	public Integer getAgainst() {
		return this.against;
	}

	public Integer getAbstentions() {
		return this.abstentions;
	}

	public Integer getDecisionBase() {
		return this.decisionBase;
	}

	public Integer getDecisionRequired() {
		return this.decisionRequired;
	}

	public Boolean getTie() {
		return this.tie;
	}

	public Vote getCastingVote() {
		return this.castingVote;
	}

	public Long getPresidingMemberId() {
		return this.presidingMemberId;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

}
