package jp.kyogikai.vehicle;

import jp.kyogikai.file.StoredFileInfo;
import jp.kyogikai.file.StoredFileService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters vehicles without a signed-in user (installation and demo data). The caller
 * vouches for the operator and its municipality.
 */
@Service
@Transactional
public class VehicleSetupService {

	/** Whom stored files name as their uploader. */
	static final String SYSTEM = "system";

	private final VehicleRepository vehicles;

	private final StoredFileService files;

	VehicleSetupService(VehicleRepository vehicles, StoredFileService files) {
		this.vehicles = vehicles;
		this.files = files;
	}

	/**
	 * Adds a vehicle as the form describes it.
	 * @param operatorId the operator
	 * @param form the vehicle, checked by the caller
	 * @return the new vehicle's id
	 */
	public long add(long operatorId, VehicleForm form) {
		Vehicle vehicle = new Vehicle(operatorId);
		vehicle.update(form);
		return this.vehicles.saveAndFlush(vehicle).getId();
	}

	/**
	 * Stores a document as the vehicle's use agreement (使用承諾書).
	 * @param vehicleId the vehicle
	 * @param municipalityId the municipality of its operator
	 * @param content the document (PDF, JPEG or PNG)
	 * @param fileName its name
	 * @return the stored file
	 */
	public StoredFileInfo attachUseAgreement(long vehicleId, long municipalityId, byte[] content, String fileName) {
		Vehicle vehicle = this.vehicles.findById(vehicleId).orElseThrow(() -> new VehicleNotFoundException(vehicleId));
		StoredFileInfo stored = this.files.store(content, fileName, municipalityId, SYSTEM);
		vehicle.attachUseAgreement(stored.id());
		this.vehicles.saveAndFlush(vehicle);
		return stored;
	}

}
