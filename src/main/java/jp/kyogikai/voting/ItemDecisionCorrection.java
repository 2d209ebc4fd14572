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
import org.hibernate.envers.Audited;

/**
 * A correction of a decided 協議事項: its reason, the outcome and conditions before and
 * after, who and when.
 */
@Entity
@Audited
@Table(name = "item_decision_correction")
public class ItemDecisionCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long decisionId;

	private String reason;

	@Enumerated(EnumType.STRING)
	private DecisionOutcome previousOutcome;

	private String previousConditions;

	@Enumerated(EnumType.STRING)
	private DecisionOutcome newOutcome;

	private String newConditions;

	private Instant correctedAt;

	private String correctedBy;

	protected ItemDecisionCorrection() {
	}

	ItemDecisionCorrection(long decisionId, String reason, DecisionOutcome previousOutcome, String previousConditions,
			DecisionOutcome newOutcome, String newConditions, Instant correctedAt, String correctedBy) {
		this.decisionId = decisionId;
		this.reason = reason;
		this.previousOutcome = previousOutcome;
		this.previousConditions = previousConditions;
		this.newOutcome = newOutcome;
		this.newConditions = newConditions;
		this.correctedAt = correctedAt;
		this.correctedBy = correctedBy;
	}

	public Long getId() {
		return this.id;
	}

	public long getDecisionId() {
		return this.decisionId;
	}

	public String getReason() {
		return this.reason;
	}

	public DecisionOutcome getPreviousOutcome() {
		return this.previousOutcome;
	}

	public String getPreviousConditions() {
		return this.previousConditions;
	}

	public DecisionOutcome getNewOutcome() {
		return this.newOutcome;
	}

	public String getNewConditions() {
		return this.newConditions;
	}

	public Instant getCorrectedAt() {
		return this.correctedAt;
	}

	public String getCorrectedBy() {
		return this.correctedBy;
	}

}
