package jp.kyogikai.attendance;

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
 * A member's reply to a meeting's convocation: one per meeting and member, changed until
 * the meeting is held. The audit history names who gave it (the member, or staff
 * recording a phone or fax reply).
 */
@Entity
@Audited
@Table(name = "attendance_reply")
public class AttendanceReply {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long meetingId;

	private long memberId;

	@Enumerated(EnumType.STRING)
	private Attendance reply;

	private String proxyName;

	private String comment;

	private Instant repliedAt;

	protected AttendanceReply() {
	}

	AttendanceReply(long meetingId, long memberId) {
		this.meetingId = meetingId;
		this.memberId = memberId;
	}

	void answer(Attendance reply, String proxyName, String comment, Instant at) {
		this.reply = reply;
		this.proxyName = (reply == Attendance.PROXY) ? proxyName : null;
		this.comment = comment;
		this.repliedAt = at;
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

	public Attendance getReply() {
		return this.reply;
	}

	public String getProxyName() {
		return this.proxyName;
	}

	public String getComment() {
		return this.comment;
	}

	public Instant getRepliedAt() {
		return this.repliedAt;
	}

}
