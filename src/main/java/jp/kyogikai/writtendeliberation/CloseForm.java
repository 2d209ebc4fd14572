package jp.kyogikai.writtendeliberation;

import jakarta.validation.constraints.Size;
import jp.kyogikai.voting.rule.Vote;

/**
 * Closing a 書面協議: the chair's casting vote on a tie, as the chair recorded it (only under
 * 議長裁決), and the conditions of a 条件付き承認 when the motion carried.
 */
public class CloseForm {

	private Vote castingVote;

	@Size(max = 2000)
	private String conditions;

	private long version;

	public Vote getCastingVote() {
		return this.castingVote;
	}

	public void setCastingVote(Vote castingVote) {
		this.castingVote = castingVote;
	}

	public String getConditions() {
		return this.conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
