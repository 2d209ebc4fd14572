package jp.kyogikai.minutes;

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
 * A part of the minutes: 日時, 場所, 出席委員, …, or one 次第 item with its text (for an item, the
 * result; the course is its {@link MinutesStatement}s).
 */
@Entity
@Audited
@Table(name = "minutes_section")
public class MinutesSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long minutesId;

	private int position;

	@Enumerated(EnumType.STRING)
	private SectionKind kind;

	private Long agendaItemId;

	private String heading;

	private String body;

	protected MinutesSection() {
	}

	MinutesSection(long minutesId, int position, SectionKind kind, Long agendaItemId, String heading, String body) {
		this.minutesId = minutesId;
		this.position = position;
		this.kind = kind;
		this.agendaItemId = agendaItemId;
		this.heading = heading;
		this.body = body;
	}

	void edit(String heading, String body) {
		this.heading = heading;
		this.body = body;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getMinutesId() {
		return this.minutesId;
	}

	public int getPosition() {
		return this.position;
	}

	public SectionKind getKind() {
		return this.kind;
	}

	public Long getAgendaItemId() {
		return this.agendaItemId;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getBody() {
		return this.body;
	}

}
