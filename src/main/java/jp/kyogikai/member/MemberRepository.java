package jp.kyogikai.member;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

	Optional<Member> findByIdAndMunicipalityId(long id, long municipalityId);

}
