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
import jp.kyogikai.attendance.rule.Attendance;
import org.hibernate.envers.Audited;

/**
 * Where a member is at the meeting, as staff mark it on the live screen: 出席 / 欠席 / 代理出席
 * (with the proxy's name), a late arrival (遅参) and an early departure (退席) with their
 * times. Starts from the member's reply. Audited: the history names who marked what.
 */
@Entity
@Audited
@Table(name = "meeting_attendance")
public class MeetingAttendance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long meetingId;

	private long memberId;

	@Enumerated(EnumType.STRING)
	private Attendance attendance;

	private String proxyName;

	private Instant arrivedAt;

	private Instant leftAt;

	private String note;

	protected MeetingAttendance() {
	}

	MeetingAttendance(long meetingId, long memberId, Attendance attendance, String proxyName) {
		this.meetingId = meetingId;
		this.memberId = memberId;
		mark(attendance, proxyName);
	}

	/**
	 * Marks 出席 / 欠席 / 代理出席; 欠席 forgets the arrival and departure times.
	 */
	void mark(Attendance attendance, String proxyName) {
		this.attendance = attendance;
		this.proxyName = (attendance == Attendance.PROXY) ? proxyName : null;
		if (attendance == Attendance.ABSENT) {
			this.arrivedAt = null;
			this.leftAt = null;
		}
	}

	void arrive(Instant at) {
		if (this.attendance == Attendance.ABSENT) {
			this.attendance = Attendance.PRESENT;
		}
		this.arrivedAt = at;
	}

	void leave(Instant at) {
		this.leftAt = at;
	}

	void returnToSeat() {
		this.leftAt = null;
	}

	/**
	 * Where the member is at a moment of the meeting: absent before a late arrival and
	 * from a departure on.
	 * @param at the moment
	 * @return the attendance then
	 */
	public Attendance at(Instant at) {
		if (this.attendance == Attendance.ABSENT) {
			return Attendance.ABSENT;
		}
		if (this.arrivedAt != null && at.isBefore(this.arrivedAt)) {
			return Attendance.ABSENT;
		}
		if (this.leftAt != null && !at.isBefore(this.leftAt)) {
			return Attendance.ABSENT;
		}
		return this.attendance;
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

	public long getMemberId() {
		return this.memberId;
	}

	public Attendance getAttendance() {
		return this.attendance;
	}

	public String getProxyName() {
		return this.proxyName;
	}

	public Instant getArrivedAt() {
		return this.arrivedAt;
	}

	public Instant getLeftAt() {
		return this.leftAt;
	}

	public String getNote() {
		return this.note;
	}

}
