package jp.kyogikai.voting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A meeting as it is actually held: when it was opened (開会) and closed (閉会), kept apart
 * from the planned times of the meeting, and the number of observers (傍聴人数).
 */
@Entity
@Audited
@Table(name = "meeting_session")
public class MeetingSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long meetingId;

	private Instant openedAt;

	private Instant closedAt;

	private int observers;

	protected MeetingSession() {
	}

	MeetingSession(long meetingId) {
		this.meetingId = meetingId;
	}

	void open(Instant at) {
		this.openedAt = at;
	}

	void close(Instant at) {
		this.closedAt = at;
	}

	void observers(int observers) {
		this.observers = observers;
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

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public int getObservers() {
		return this.observers;
	}

	/**
	 * Whether the meeting is in session: opened and not yet closed.
	 * @return {@code true} between 開会 and 閉会
	 */
	public boolean inSession() {
		return this.openedAt != null && this.closedAt == null;
	}

}
