package jp.kyogikai.mail;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	/**
	 * The oldest due mail, locked for this transaction; rows another instance has locked
	 * are skipped, so two senders never send the same mail at once.
	 * @param now the time
	 * @return the mail, if any is due
	 */
	@Query(value = """
			select * from mail_outbox
			where status = 'PENDING' and next_attempt_at <= :now
			order by next_attempt_at, id
			limit 1
			for update skip locked
			""", nativeQuery = true)
	Optional<OutboxMail> lockNextDue(Instant now);

	Page<OutboxMail> findByMunicipalityId(long municipalityId, Pageable pageable);

	Page<OutboxMail> findByMunicipalityIdAndStatus(long municipalityId, MailStatus status, Pageable pageable);

	Page<OutboxMail> findByStatus(MailStatus status, Pageable pageable);

	Optional<OutboxMail> findByIdAndMunicipalityId(long id, long municipalityId);

}
