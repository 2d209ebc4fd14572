package jp.kyogikai.voting;

import java.time.Instant;

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
import jp.kyogikai.voting.rule.Vote;
import org.hibernate.envers.Audited;

/**
 * The record of one 協議事項: the 説明者's explanation and the questions (質疑), written before or
 * after the decision, and the decision with the snapshot of the count at that moment. Not
 * decided while {@link #getDecidedAt()} is {@code null}; once decided only a correction
 * changes its outcome and conditions.
 */
@Entity
@Audited
@Table(name = "item_decision")
public class ItemDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long meetingId;

	private long agendaItemId;

	private Long applicationId;

	private String explanation;

	private String questions;

	@Enumerated(EnumType.STRING)
	private DecisionMethod method;

	@Enumerated(EnumType.STRING)
	private DecisionOutcome outcome;

	private String conditions;

	private Instant decidedAt;

	private String decidedBy;

	private Integer members;

	private Integer countedPresent;

	private Integer requiredQuorum;

	private Long presidingMemberId;

	private Integer inFavour;

	private Integer against;

	private Integer abstentions;

	private Integer base;

	private Integer required;

	private Boolean tie;

	@Enumerated(EnumType.STRING)
	private Vote castingVote;

	protected ItemDecision() {
	}

	ItemDecision(long meetingId, long agendaItemId, Long applicationId) {
		this.meetingId = meetingId;
		this.agendaItemId = agendaItemId;
		this.applicationId = applicationId;
	}

	void write(String explanation, String questions) {
		this.explanation = explanation;
		this.questions = questions;
	}

	/**
	 * Records the decision with the count it came from ({@code null} for 継続審議 without a
	 * count).
	 */
	void decided(Long applicationId, DecisionMethod method, DecisionOutcome outcome, String conditions, Decision count,
			Instant at, String by) {
		this.applicationId = applicationId;
		this.method = method;
		this.outcome = outcome;
		this.conditions = conditions;
		this.decidedAt = at;
		this.decidedBy = by;
		if (count != null) {
			this.members = count.quorum().members();
			this.countedPresent = count.quorum().counted();
			this.requiredQuorum = count.quorum().required();
			this.presidingMemberId = count.presidingMemberId();
			this.inFavour = count.inFavour();
			this.against = count.against();
			this.abstentions = count.abstentions();
			this.base = count.base();
			this.required = count.required();
			this.tie = count.tie();
			this.castingVote = count.castingVote();
		}
	}

	void corrected(DecisionOutcome outcome, String conditions) {
		this.outcome = outcome;
		this.conditions = conditions;
	}

	/**
	 * Whether the item is decided (and so locked).
	 * @return {@code true} once decided
	 */
	public boolean isDecided() {
		return this.decidedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getMeetingId() {
		return this.meetingId;
	}

	public long getAgendaItemId() {
		return this.agendaItemId;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public String getQuestions() {
		return this.questions;
	}

	public DecisionMethod getMethod() {
		return this.method;
	}

	public DecisionOutcome getOutcome() {
		return this.outcome;
	}

	public String getConditions() {
		return this.conditions;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Integer getMembers() {
		return this.members;
	}

	public Integer getCountedPresent() {
		return this.countedPresent;
	}

	public Integer getRequiredQuorum() {
		return this.requiredQuorum;
	}

	public Long getPresidingMemberId() {
		return this.presidingMemberId;
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

	public Integer getBase() {
		return this.base;
	}

	public Integer getRequired() {
		return this.required;
	}

	public Boolean getTie() {
		return this.tie;
	}

	public Vote getCastingVote() {
		return this.castingVote;
	}

}
