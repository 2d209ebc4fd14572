package jp.kyogikai.voting;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.voting.rule.Vote;

/**
 * What staff submit to decide a 協議事項: 継続審議, or a consent (異議なし) or a count with each
 * entitled member's vote (the presiding member's casting vote on a tie), and for a
 * carried item 承認 or 条件付き承認 with the conditions; with the explanation and questions.
 */
public class DecideForm {

	private DecisionMethod method;

	private DecisionOutcome outcome;

	private String conditions;

	private Map<Long, Vote> votes = new LinkedHashMap<>();

	private Vote castingVote;

	private String explanation;

	private String questions;

	public DecisionMethod getMethod() {
		return this.method;
	}

	public void setMethod(DecisionMethod method) {
		this.method = method;
	}

	public DecisionOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(DecisionOutcome outcome) {
		this.outcome = outcome;
	}

	public String getConditions() {
		return this.conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public Map<Long, Vote> getVotes() {
		return this.votes;
	}

	public void setVotes(Map<Long, Vote> votes) {
		this.votes = votes;
	}

	public Vote getCastingVote() {
		return this.castingVote;
	}

	public void setCastingVote(Vote castingVote) {
		this.castingVote = castingVote;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

	public String getQuestions() {
		return this.questions;
	}

	public void setQuestions(String questions) {
		this.questions = questions;
	}

}
