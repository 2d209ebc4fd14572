package jp.kyogikai.member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

	@Query("select a from Appointment a join fetch a.member where a.councilId = :councilId order by a.startOn, a.id")
	List<Appointment> findByCouncil(long councilId);

	@Query("""
			select a from Appointment a join fetch a.member
			where a.councilId = :councilId and a.startOn <= :date and coalesce(a.endedOn, a.termEndOn) >= :date
			""")
	List<Appointment> findInOffice(long councilId, LocalDate date);

	@Query("select a from Appointment a where a.member.id = :memberId order by a.startOn desc, a.id desc")
	List<Appointment> findByMember(long memberId);

	Optional<Appointment> findByIdAndCouncilId(long id, long councilId);

	@Query("""
			select a from Appointment a join fetch a.member
			where a.councilId in :councilIds and a.endedOn is null and a.termEndOn between :from and :to
			order by a.termEndOn, a.member.furigana
			""")
	List<Appointment> findTermsEnding(Collection<Long> councilIds, LocalDate from, LocalDate to);

	@Query("select distinct a.councilId from Appointment a where a.member.id = :memberId")
	List<Long> findCouncilIdsOfMember(long memberId);

	@Query("select count(a) > 0 from Appointment a where a.predecessorId = :appointmentId")
	boolean hasSuccessor(long appointmentId);

	@Query("""
			select a from Appointment a join fetch a.member
			where a.councilId in :councilIds and a.startOn > :after
			""")
	List<Appointment> findStartingAfter(Collection<Long> councilIds, LocalDate after);

}
