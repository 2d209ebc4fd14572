package jp.kyogikai.fare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kyogikai.application.rule.ApplicationViolation;
import jp.kyogikai.application.rule.FareComparison;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.TaxiFare;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.council.MunicipalityRepository;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.operator.OperatorSummary;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;

import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fares the council agreed for each operator and the taxi fares of each municipality.
 * For other modules: {@link #current}, {@link #taxiFare}, {@link #comparison} and
 * {@link #agree} (which the decision of an application calls with its id). Reads for
 * pages check the operator through {@link OperatorService#detail} (staff of its
 * municipality, ADMIN, the operator itself; anyone else gets 404); recording agreed fares
 * and keeping taxi fares is for staff only. {@link #publicFares} needs no user: it gives
 * what the municipality publishes.
 */
@Service
@Transactional(readOnly = true)
public class FareService {

	private final AgreedFareRepository agreed;

	private final LocalTaxiFareRepository taxiFares;

	private final OperatorService operators;

	private final MunicipalityRepository municipalities;

	private final Clock clock;

	FareService(AgreedFareRepository agreed, LocalTaxiFareRepository taxiFares, OperatorService operators,
			MunicipalityRepository municipalities, Clock clock) {
		this.agreed = agreed;
		this.taxiFares = taxiFares;
		this.operators = operators;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/**
	 * The fares in force today. The caller has checked that the user may see the
	 * operator.
	 * @param operatorId the operator
	 * @return the agreement that applies today, empty when none does
	 */
	public Optional<FareAgreement> current(long operatorId) {
		return historyOf(operatorId).current();
	}

	/**
	 * The local taxi fare in force today. Taxi fares are public; no user is needed.
	 * @param municipalityId the municipality
	 * @return the fare, empty when the staff keep none
	 */
	public Optional<TaxiFare> taxiFare(long municipalityId) {
		return this.taxiFares
			.findFirstByMunicipalityIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(municipalityId, today())
			.map(LocalTaxiFare::fare);
	}

	/**
	 * The sample trips under the operator's current fares and a proposed schedule, beside
	 * the taxi fare of the operator's municipality.
	 * @param operatorId the operator
	 * @param proposed the proposed fares, or {@code null}; a schedule with violations is
	 * left out
	 * @param user the signed-in user, who must be able to see the operator
	 * @return the comparison
	 * @throws jp.kyogikai.operator.OperatorNotFoundException when the user may not see
	 * the operator
	 */
	public FareComparison comparison(long operatorId, FareSchedule proposed, AccountPrincipal user) {
		OperatorDetail detail = this.operators.detail(operatorId, user);
		FareAgreement current = current(operatorId).orElse(null);
		return FareComparison.of((current != null) ? current.schedule().fare() : null,
				(proposed != null && proposed.isValid()) ? proposed.fare() : null,
				taxiFare(detail.operator().getMunicipalityId()).orElse(null));
	}

	/**
	 * Records fares the council agreed. A new agreement never changes an earlier one: it
	 * applies from its effective date, and an earlier agreement with the same effective
	 * date is replaced (it stays in the history).
	 * @param operatorId the operator
	 * @param schedule the agreed fares
	 * @param effectiveFrom the first day they apply (適用開始日), on or after the agreement
	 * @param agreedOn the day the council agreed them (協議が調った日), not after today
	 * @param applicationId the application decided, or {@code null} for fares entered
	 * directly; one agreement per application
	 * @param user the signed-in staff user of the operator's municipality (or ADMIN)
	 * @return the new record's id
	 * @throws FareRejectedException with every violation; nothing is saved
	 * @throws jp.kyogikai.operator.OperatorNotFoundException for anyone else
	 */
	@Transactional
	public long agree(long operatorId, FareSchedule schedule, LocalDate effectiveFrom, LocalDate agreedOn,
			Long applicationId, AccountPrincipal user) {
		this.operators.staffDetail(operatorId, user);
		List<ApplicationViolation> violations = new ArrayList<>(schedule.violations());
		if (agreedOn == null) {
			violations.add(new ApplicationViolation("agreedOn", "NotNull"));
		}
		else if (agreedOn.isAfter(today())) {
			violations.add(new ApplicationViolation("agreedOn", "fareAgreement.agreedOn.future"));
		}
		if (effectiveFrom == null) {
			violations.add(new ApplicationViolation("effectiveFrom", "NotNull"));
		}
		else if (agreedOn != null && effectiveFrom.isBefore(agreedOn)) {
			violations.add(new ApplicationViolation("effectiveFrom", "fareAgreement.effectiveFrom.beforeAgreed"));
		}
		if (applicationId != null && this.agreed.findByApplicationId(applicationId).isPresent()) {
			violations.add(new ApplicationViolation("applicationId", "fareAgreement.application.recorded"));
		}
		if (!violations.isEmpty()) {
			throw new FareRejectedException(violations);
		}
		return this.agreed.saveAndFlush(new AgreedFare(operatorId, schedule, effectiveFrom, agreedOn, applicationId))
			.getId();
	}

	/**
	 * The operator, for a page of its fares.
	 * @param operatorId the operator
	 * @param user staff of its municipality, ADMIN, or the operator's own user
	 * @return its record
	 */
	public OperatorDetail operator(long operatorId, AccountPrincipal user) {
		return this.operators.detail(operatorId, user);
	}

	/**
	 * The operator, for a staff page of its fares.
	 * @param operatorId the operator
	 * @param user staff of its municipality or ADMIN
	 * @return its record
	 * @throws jp.kyogikai.operator.OperatorNotFoundException for anyone else
	 */
	public OperatorDetail staffOperator(long operatorId, AccountPrincipal user) {
		return this.operators.staffDetail(operatorId, user);
	}

	/**
	 * An operator's agreed fares over time.
	 * @param operatorId the operator
	 * @param user staff of its municipality, ADMIN, or the operator's own user
	 * @return the history, newest first
	 */
	public FareHistory history(long operatorId, AccountPrincipal user) {
		this.operators.detail(operatorId, user);
		return historyOf(operatorId);
	}

	/**
	 * What the municipality publishes: each operator whose registration is in force
	 * today, with its current and upcoming agreed fares. Three statements whatever the
	 * number of operators.
	 * @param municipalityId the municipality
	 * @return the fares
	 * @throws FareNotFoundException when there is no such municipality
	 */
	public PublicFares publicFares(long municipalityId) {
		Municipality municipality = this.municipalities.findById(municipalityId)
			.orElseThrow(() -> new FareNotFoundException("municipality " + municipalityId));
		return publicFares(municipality);
	}

	/**
	 * What a municipality publishes, the municipality named by its code (全国地方公共団体コード) as
	 * the public page's address does.
	 * @param code the code
	 * @return the fares
	 * @throws FareNotFoundException when there is no such municipality
	 */
	public PublicFares publicFaresByCode(String code) {
		Municipality municipality = this.municipalities.findByCode(code)
			.orElseThrow(() -> new FareNotFoundException("municipality " + code));
		return publicFares(municipality);
	}

	private PublicFares publicFares(Municipality municipality) {
		List<OperatorSummary> registered = this.operators.registered(municipality.getId());
		Map<Long, List<FareAgreement>> byOperator = new LinkedHashMap<>();
		registered.forEach((operator) -> byOperator.put(operator.id(), new ArrayList<>()));
		if (!registered.isEmpty()) {
			this.agreed.findByOperatorIdInOrderByEffectiveFromAscAgreedOnAscIdAsc(byOperator.keySet())
				.forEach((fare) -> byOperator.get(fare.getOperatorId()).add(fare.toAgreement()));
		}
		LocalDate today = today();
		List<PublicFares.OperatorFares> operators = registered.stream().map((operator) -> {
			FareHistory history = FareHistory.of(byOperator.get(operator.id()), today);
			return new PublicFares.OperatorFares(operator.name(), history.current().orElse(null), history.upcoming());
		}).toList();
		return new PublicFares(municipality.getName(), operators);
	}

	/**
	 * A municipality's taxi fares.
	 * @param municipalityId the municipality
	 * @param user SECRETARIAT of the municipality or ADMIN
	 * @return the fares, the latest first
	 * @throws FareNotFoundException for anyone else or an unknown municipality
	 */
	public TaxiFares taxiFares(long municipalityId, AccountPrincipal user) {
		Municipality municipality = municipality(municipalityId, user);
		List<TaxiFareEntry> entries = this.taxiFares.findByMunicipalityIdOrderByEffectiveFromDesc(municipalityId)
			.stream()
			.map(LocalTaxiFare::toEntry)
			.toList();
		LocalDate today = today();
		TaxiFareEntry current = entries.stream()
			.filter((entry) -> !entry.effectiveFrom().isAfter(today))
			.findFirst()
			.orElse(null);
		return new TaxiFares(municipalityId, municipality.getName(), current, entries);
	}

	/**
	 * Every municipality with its taxi fare in force, for ADMIN.
	 * @param user the signed-in user
	 * @return the municipalities by code; SECRETARIAT gets only its own
	 */
	public List<TaxiFares> taxiFaresOverview(AccountPrincipal user) {
		List<Municipality> visible;
		if (user.is(Role.ADMIN)) {
			visible = this.municipalities.findAll(Sort.by("code"));
		}
		else if (user.is(Role.SECRETARIAT) && user.municipalityId() != null) {
			visible = this.municipalities.findById(user.municipalityId()).stream().toList();
		}
		else {
			visible = List.of();
		}
		Map<Long, List<TaxiFareEntry>> byMunicipality = new LinkedHashMap<>();
		this.taxiFares.findAllByOrderByMunicipalityIdAscEffectiveFromDesc()
			.forEach((fare) -> byMunicipality.computeIfAbsent(fare.getMunicipalityId(), (id) -> new ArrayList<>())
				.add(fare.toEntry()));
		LocalDate today = today();
		return visible.stream().map((municipality) -> {
			List<TaxiFareEntry> entries = byMunicipality.getOrDefault(municipality.getId(), List.of());
			TaxiFareEntry current = entries.stream()
				.filter((entry) -> !entry.effectiveFrom().isAfter(today))
				.findFirst()
				.orElse(null);
			return new TaxiFares(municipality.getId(), municipality.getName(), current, entries);
		}).toList();
	}

	/**
	 * One taxi fare, for its edit form.
	 * @param municipalityId the municipality
	 * @param id the fare
	 * @param user SECRETARIAT of the municipality or ADMIN
	 * @return the fare
	 */
	public TaxiFareEntry taxiFareEntry(long municipalityId, long id, AccountPrincipal user) {
		municipality(municipalityId, user);
		return taxiFareRecord(municipalityId, id).toEntry();
	}

	/**
	 * Adds a taxi fare from a day on.
	 * @param municipalityId the municipality
	 * @param fare the figures
	 * @param effectiveFrom the first day it applies; one fare per day
	 * @param note which fare it is, or {@code null}
	 * @param user SECRETARIAT of the municipality or ADMIN
	 * @return the new record's id
	 * @throws FareRejectedException with every violation; nothing is saved
	 */
	@Transactional
	public long addTaxiFare(long municipalityId, TaxiFare fare, LocalDate effectiveFrom, String note,
			AccountPrincipal user) {
		municipality(municipalityId, user);
		checkTaxiFare(municipalityId, -1, fare, effectiveFrom);
		LocalTaxiFare record = new LocalTaxiFare(municipalityId);
		record.update(fare, effectiveFrom, note);
		return this.taxiFares.saveAndFlush(record).getId();
	}

	/**
	 * Corrects a taxi fare.
	 * @param municipalityId the municipality
	 * @param id the fare
	 * @param version the version the form was opened on
	 * @param fare the figures
	 * @param effectiveFrom the first day it applies
	 * @param note which fare it is, or {@code null}
	 * @param user SECRETARIAT of the municipality or ADMIN
	 * @throws FareRejectedException with every violation; nothing is saved
	 * @throws ObjectOptimisticLockingFailureException when someone saved first
	 */
	@Transactional
	public void updateTaxiFare(long municipalityId, long id, long version, TaxiFare fare, LocalDate effectiveFrom,
			String note, AccountPrincipal user) {
		municipality(municipalityId, user);
		LocalTaxiFare record = taxiFareRecord(municipalityId, id);
		if (record.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(LocalTaxiFare.class, id);
		}
		checkTaxiFare(municipalityId, id, fare, effectiveFrom);
		record.update(fare, effectiveFrom, note);
		this.taxiFares.saveAndFlush(record);
	}

	private void checkTaxiFare(long municipalityId, long id, TaxiFare fare, LocalDate effectiveFrom) {
		List<ApplicationViolation> violations = new ArrayList<>(fare.violations());
		if (effectiveFrom == null) {
			violations.add(new ApplicationViolation("effectiveFrom", "NotNull"));
		}
		else if (this.taxiFares.existsByMunicipalityIdAndEffectiveFromAndIdNot(municipalityId, effectiveFrom, id)) {
			violations.add(new ApplicationViolation("effectiveFrom", "taxiFare.effectiveFrom.duplicate"));
		}
		if (!violations.isEmpty()) {
			throw new FareRejectedException(violations);
		}
	}

	private LocalTaxiFare taxiFareRecord(long municipalityId, long id) {
		return this.taxiFares.findByIdAndMunicipalityId(id, municipalityId)
			.orElseThrow(() -> new FareNotFoundException("taxi fare " + id));
	}

	private Municipality municipality(long municipalityId, AccountPrincipal user) {
		boolean allowed = user.is(Role.ADMIN)
				|| (user.is(Role.SECRETARIAT) && Long.valueOf(municipalityId).equals(user.municipalityId()));
		if (!allowed) {
			throw new FareNotFoundException("municipality " + municipalityId);
		}
		return this.municipalities.findById(municipalityId)
			.orElseThrow(() -> new FareNotFoundException("municipality " + municipalityId));
	}

	private FareHistory historyOf(long operatorId) {
		return FareHistory.of(this.agreed.findByOperatorIdOrderByEffectiveFromAscAgreedOnAscIdAsc(operatorId)
			.stream()
			.map(AgreedFare::toAgreement)
			.toList(), today());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
