package jp.kyogikai.driver;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters drivers without a signed-in user (installation and demo data). The caller
 * vouches for the operator and checks the forms.
 */
@Service
@Transactional
public class DriverSetupService {

	private final DriverRepository drivers;

	private final DriverViolationRepository violations;

	DriverSetupService(DriverRepository drivers, DriverViolationRepository violations) {
		this.drivers = drivers;
		this.violations = violations;
	}

	/**
	 * Adds a driver as the form describes it.
	 * @param operatorId the operator
	 * @param form the driver
	 * @return the new driver's id
	 */
	public long add(long operatorId, DriverForm form) {
		Driver driver = new Driver(operatorId);
		driver.update(form);
		return this.drivers.saveAndFlush(driver).getId();
	}

	/**
	 * Adds a traffic violation or an accident to a driver's 違反・事故歴.
	 * @param driverId the driver
	 * @param form the record
	 */
	public void addViolation(long driverId, ViolationForm form) {
		Driver driver = this.drivers.findById(driverId).orElseThrow(() -> new DriverNotFoundException(driverId));
		this.violations.saveAndFlush(new DriverViolation(driver, form.getOccurredOn(), form.getKind(),
				form.getDescription().strip(), form.getPoints()));
	}

}
