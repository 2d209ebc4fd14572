package jp.kyogikai.minutes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A private person's name that the published minutes replace by an alias (小川 さくら → Ａ委員);
 * proposed from the council's {@link MinutesPolicy} when the minutes are drafted.
 */
@Entity
@Audited
@Table(name = "minutes_masked_name")
public class MinutesMaskedName {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long minutesId;

	private int position;

	private String name;

	private String alias;

	protected MinutesMaskedName() {
	}

	MinutesMaskedName(long minutesId, int position, String name, String alias) {
		this.minutesId = minutesId;
		this.position = position;
		this.name = name;
		this.alias = alias;
	}

	void change(String name, String alias) {
		this.name = name;
		this.alias = alias;
	}

	public Long getId() {
		return this.id;
	}

	public long getMinutesId() {
		return this.minutesId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

	public String getAlias() {
		return this.alias;
	}

}
