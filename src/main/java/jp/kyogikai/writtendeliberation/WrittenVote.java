package jp.kyogikai.writtendeliberation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyogikai.voting.rule.Vote;
import org.hibernate.envers.Audited;

/**
 * A member's written reply: 賛成 or 反対 with a comment, one per member, changed until the
 * deadline.
 */
@Entity
@Audited
@Table(name = "written_vote")
public class WrittenVote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long deliberationId;

	private long memberId;

	@Enumerated(EnumType.STRING)
	private Vote vote;

	private String comment;

	private Instant repliedAt;

	private String recordedBy;

	protected WrittenVote() {
	}

	WrittenVote(long deliberationId, long memberId) {
		this.deliberationId = deliberationId;
		this.memberId = memberId;
	}

	void answer(Vote vote, String comment, Instant at, String by) {
		this.vote = vote;
		this.comment = comment;
		this.repliedAt = at;
		this.recordedBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getDeliberationId() {
		return this.deliberationId;
	}

	public long getMemberId() {
		return this.memberId;
	}

	public Vote getVote() {
		return this.vote;
	}

	public String getComment() {
		return this.comment;
	}

	public Instant getRepliedAt() {
		return this.repliedAt;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
