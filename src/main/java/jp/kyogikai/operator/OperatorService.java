package jp.kyogikai.operator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators as the signed-in user may see them.
 */
@Service
@Transactional(readOnly = true)
public class OperatorService {

	private final OperatorRepository operators;

	private final Clock clock;

	OperatorService(OperatorRepository operators, Clock clock) {
		this.operators = operators;
		this.clock = clock;
	}

	public List<OperatorSummary> operatorsFor(AccountPrincipal user) {
		LocalDate today = LocalDate.now(this.clock);
		List<Operator> found = switch (user.role()) {
			case ADMIN -> this.operators.findAllByOrderByMunicipalityIdAscNameAsc();
			case SECRETARIAT -> this.operators.findByMunicipalityIdOrderByName(user.municipalityId());
			case OPERATOR -> this.operators.findById(user.operatorId()).stream().toList();
			case MEMBER -> List.of();
		};
		return found.stream().map((operator) -> OperatorSummary.of(operator, today)).toList();
	}

	/**
	 * Operators whose registration ends within the given number of days (or has ended),
	 * the soonest first: their renewal must come before the council in time.
	 * @param user the signed-in user
	 * @param days how far ahead to look
	 * @return the operators, soonest expiry first
	 */
	public List<OperatorSummary> expiringWithin(AccountPrincipal user, int days) {
		return operatorsFor(user).stream()
			.filter((operator) -> operator.daysLeft() != null && operator.daysLeft() <= days)
			.sorted(java.util.Comparator.comparing(OperatorSummary::registrationExpiresOn))
			.toList();
	}

	/**
	 * The operator an OPERATOR user acts for.
	 * @param user the signed-in user
	 * @return the operator, empty for other roles
	 */
	public Optional<OperatorSummary> own(AccountPrincipal user) {
		if (user.operatorId() == null) {
			return Optional.empty();
		}
		return this.operators.findById(user.operatorId())
			.map((operator) -> OperatorSummary.of(operator, LocalDate.now(this.clock)));
	}

}
