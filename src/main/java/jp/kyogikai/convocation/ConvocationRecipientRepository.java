package jp.kyogikai.convocation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConvocationRecipientRepository extends JpaRepository<ConvocationRecipient, Long> {

	List<ConvocationRecipient> findByConvocationIdOrderByIdAsc(long convocationId);

}
