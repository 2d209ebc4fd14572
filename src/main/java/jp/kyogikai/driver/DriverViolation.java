package jp.kyogikai.driver;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A traffic violation or an accident in a driver's 違反・事故歴, with the points (点数) when
 * known. Personal data: no {@code toString}, never logged.
 */
@Entity
@Audited
public class DriverViolation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "driver_id")
	private Driver driver;

	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	private ViolationKind kind;

	private String description;

	private Integer points;

	protected DriverViolation() {
	}

	DriverViolation(Driver driver, LocalDate occurredOn, ViolationKind kind, String description, Integer points) {
		this.driver = Objects.requireNonNull(driver, "driver");
		this.occurredOn = Objects.requireNonNull(occurredOn, "occurredOn");
		this.kind = Objects.requireNonNull(kind, "kind");
		this.description = Objects.requireNonNull(description, "description");
		this.points = points;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public ViolationKind getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

	public Integer getPoints() {
		return this.points;
	}

}
