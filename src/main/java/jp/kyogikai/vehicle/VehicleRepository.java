package jp.kyogikai.vehicle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jp.kyogikai.vehicle.rule.VehicleType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VehicleRepository extends JpaRepository<Vehicle, Long> {

	List<Vehicle> findByOperatorIdOrderByPlateNumberAsc(long operatorId);

	Optional<Vehicle> findByIdAndOperatorId(long id, long operatorId);

	@Query("""
			select v from Vehicle v where v.operatorId in :operatorIds
			and (v.inspectionExpiresOn <= :limit or v.policyTo <= :limit)
			""")
	List<Vehicle> findExpiringBy(Collection<Long> operatorIds, LocalDate limit);

	boolean existsByOperatorIdAndPlateNumber(long operatorId, String plateNumber);

	boolean existsByOperatorIdAndVehicleType(long operatorId, VehicleType vehicleType);

	boolean existsByOperatorIdAndPlateNumberAndIdNot(long operatorId, String plateNumber, long id);

	/**
	 * Every use agreement the vehicle has had, from its history (Envers'
	 * {@code vehicle_aud} keeps each version of the row, deleted ones included).
	 * @param vehicleId the vehicle
	 * @return the stored files' ids
	 */
	@Query(value = """
			select distinct use_agreement_file_id from vehicle_aud
			where id = :vehicleId and use_agreement_file_id is not null
			""", nativeQuery = true)
	List<Long> findUseAgreementFileIds(long vehicleId);

	/**
	 * How many vehicles each office of the operator keeps.
	 * @param operatorId the operator
	 * @return rows of office id and count
	 */
	@Query("""
			select v.officeId, count(v) from Vehicle v
			where v.operatorId = :operatorId and v.officeId is not null group by v.officeId
			""")
	List<Object[]> countByOffice(long operatorId);

}
