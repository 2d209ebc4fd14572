package jp.kyogikai.attendance;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's private note on one item of a meeting's 次第. Only the member who wrote it
 * reads it: it is looked up by the signed-in member's own id, and no page of staff or of
 * another member shows it. Deliberately not audited: a personal memo, not an official
 * record, whose every draft an audit table would keep.
 */
@Entity
@Table(name = "member_note")
class MemberNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long memberId;

	private long agendaItemId;

	private String text;

	private Instant updatedAt;

	protected MemberNote() {
	}

	MemberNote(long memberId, long agendaItemId) {
		this.memberId = memberId;
		this.agendaItemId = agendaItemId;
	}

	void write(String text, Instant at) {
		this.text = text;
		this.updatedAt = at;
	}

	Long getId() {
		return this.id;
	}

	long getMemberId() {
		return this.memberId;
	}

	long getAgendaItemId() {
		return this.agendaItemId;
	}

	String getText() {
		return this.text;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
