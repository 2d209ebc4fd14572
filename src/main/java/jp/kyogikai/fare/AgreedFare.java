package jp.kyogikai.fare;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jp.kyogikai.application.rule.FareSchedule;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A fare schedule the council agreed for an operator (協議が調った対価), in force from its
 * effective date until a later agreement takes over. Never changed once recorded: a new
 * agreement is a new row, so the history of an operator's fares is its rows (and Envers
 * keeps who recorded each). The schedule is stored whole as {@code jsonb}
 * ({@link FareScheduleDocument}): it is agreed, shown and compared as one value and never
 * searched by its parts, so one column serves better than a table per base-fare kind and
 * a child table of charges, and its audit row mirrors it as it is.
 */
@Entity
@Audited
class AgreedFare {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long operatorId;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private FareScheduleDocument schedule;

	/** 適用開始日. */
	private LocalDate effectiveFrom;

	/** 協議が調った日. */
	private LocalDate agreedOn;

	/**
	 * The application whose decision agreed the fares; {@code null} when entered
	 * directly.
	 */
	private Long applicationId;

	protected AgreedFare() {
	}

	AgreedFare(long operatorId, FareSchedule schedule, LocalDate effectiveFrom, LocalDate agreedOn,
			Long applicationId) {
		this.operatorId = operatorId;
		this.schedule = FareScheduleDocument.of(schedule);
		this.effectiveFrom = effectiveFrom;
		this.agreedOn = agreedOn;
		this.applicationId = applicationId;
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	long getOperatorId() {
		return this.operatorId;
	}

	FareSchedule schedule() {
		return this.schedule.toSchedule();
	}

	LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	LocalDate getAgreedOn() {
		return this.agreedOn;
	}

	Long getApplicationId() {
		return this.applicationId;
	}

	FareAgreement toAgreement() {
		return new FareAgreement(this.id, this.operatorId, schedule(), this.effectiveFrom, this.agreedOn,
				this.applicationId);
	}

}
