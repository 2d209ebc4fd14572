package jp.kyogikai.voting;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.kyogikai.member.OfficerRole;
import jp.kyogikai.voting.rule.Vote;

/**
 * What staff submit to decide one office at an election item: the office, the candidate,
 * how the candidate was nominated (推薦 by a member present, or 事務局案), and the decision by
 * consent (異議なし) or by a counted vote with each entitled member's vote (the presiding
 * member's casting vote on a tie).
 */
public class ElectForm {

	private OfficerRole role;

	private Long candidateId;

	private Nomination nomination;

	private Long nominatorId;

	private DecisionMethod method;

	private Map<Long, Vote> votes = new LinkedHashMap<>();

	private Vote castingVote;

	public OfficerRole getRole() {
		return this.role;
	}

	public void setRole(OfficerRole role) {
		this.role = role;
	}

	public Long getCandidateId() {
		return this.candidateId;
	}

	public void setCandidateId(Long candidateId) {
		this.candidateId = candidateId;
	}

	public Nomination getNomination() {
		return this.nomination;
	}

	public void setNomination(Nomination nomination) {
		this.nomination = nomination;
	}

	public Long getNominatorId() {
		return this.nominatorId;
	}

	public void setNominatorId(Long nominatorId) {
		this.nominatorId = nominatorId;
	}

	public DecisionMethod getMethod() {
		return this.method;
	}

	public void setMethod(DecisionMethod method) {
		this.method = method;
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

}
