package jp.kyogikai.minutes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * What one speaker said on an item, as staff summarise it: 「（小川委員）運賃の根拠は。」.
 */
@Entity
@Audited
@Table(name = "minutes_statement")
public class MinutesStatement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long sectionId;

	private int position;

	private String speaker;

	private String summary;

	protected MinutesStatement() {
	}

	MinutesStatement(long sectionId, int position, String speaker, String summary) {
		this.sectionId = sectionId;
		this.position = position;
		this.speaker = speaker;
		this.summary = summary;
	}

	void edit(String speaker, String summary) {
		this.speaker = speaker;
		this.summary = summary;
	}

	public Long getId() {
		return this.id;
	}

	public long getSectionId() {
		return this.sectionId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getSpeaker() {
		return this.speaker;
	}

	public String getSummary() {
		return this.summary;
	}

}
