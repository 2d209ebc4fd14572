package jp.kyogikai.voting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A non-member at a meeting: 事務局, 説明者 (for one 協議事項 when the item is named) or 参考人, with
 * name and affiliation/title, as the minutes list them.
 */
@Entity
@Audited
@Table(name = "meeting_attendee")
public class MeetingAttendee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long meetingId;

	@Enumerated(EnumType.STRING)
	private AttendeeKind kind;

	private String name;

	private String affiliation;

	private Long agendaItemId;

	protected MeetingAttendee() {
	}

	MeetingAttendee(long meetingId, AttendeeKind kind, String name, String affiliation, Long agendaItemId) {
		this.meetingId = meetingId;
		this.kind = kind;
		this.name = name;
		this.affiliation = affiliation;
		this.agendaItemId = (kind == AttendeeKind.EXPLAINER) ? agendaItemId : null;
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

	public AttendeeKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public String getAffiliation() {
		return this.affiliation;
	}

	public Long getAgendaItemId() {
		return this.agendaItemId;
	}

}
