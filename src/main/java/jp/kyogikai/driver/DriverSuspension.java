package jp.kyogikai.driver;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jp.kyogikai.driver.rule.Suspension;
import org.hibernate.envers.Audited;

/**
 * A licence suspension (運転免許の効力の停止) in a driver's history, both ends included. Personal
 * data: no {@code toString}, never logged.
 */
@Entity
@Audited
public class DriverSuspension {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "driver_id")
	private Driver driver;

	private LocalDate suspendedFrom;

	private LocalDate suspendedTo;

	private String reason;

	protected DriverSuspension() {
	}

	DriverSuspension(Driver driver, LocalDate suspendedFrom, LocalDate suspendedTo, String reason) {
		this.driver = Objects.requireNonNull(driver, "driver");
		Suspension checked = new Suspension(suspendedFrom, suspendedTo);
		this.suspendedFrom = checked.from();
		this.suspendedTo = checked.to();
		this.reason = reason;
	}

	/**
	 * The suspension as the rules see it.
	 * @return the period
	 */
	public Suspension suspension() {
		return new Suspension(this.suspendedFrom, this.suspendedTo);
	}

	/**
	 * The driver's id, without loading the driver.
	 * @return the id
	 */
	long driverId() {
		return this.driver.getId();
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public LocalDate getSuspendedFrom() {
		return this.suspendedFrom;
	}

	public LocalDate getSuspendedTo() {
		return this.suspendedTo;
	}

	public String getReason() {
		return this.reason;
	}

}
