package jp.kyogikai.minutes;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesPolicyRepository extends JpaRepository<MinutesPolicy, Long> {

	Optional<MinutesPolicy> findByCouncilId(long councilId);

}
