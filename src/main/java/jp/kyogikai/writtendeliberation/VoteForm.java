package jp.kyogikai.writtendeliberation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyogikai.voting.rule.Vote;

/**
 * A written reply: 賛成 or 反対, a comment, and the version of the reply the page showed
 * ({@code null} for a first reply).
 */
public class VoteForm {

	@NotNull
	private Vote vote;

	@Size(max = 2000)
	private String comment;

	private Long version;

	static VoteForm of(WrittenVote vote) {
		VoteForm form = new VoteForm();
		if (vote != null) {
			form.setVote(vote.getVote());
			form.setComment(vote.getComment());
			form.setVersion(vote.getVersion());
		}
		return form;
	}

	public Vote getVote() {
		return this.vote;
	}

	public void setVote(Vote vote) {
		this.vote = vote;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
