package jp.kyogikai.operator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.audit.AuditHistory;
import jp.kyogikai.audit.RecordChange;
import jp.kyogikai.audit.RecordHistory;
import jp.kyogikai.council.TransportKind;
import jp.kyogikai.operator.RegistryRecord.Registry;
import jp.kyogikai.security.AccountPrincipal;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what in an operator's registries, for staff only: the history of the
 * operator's record, offices and managers, and everything changed since the council last
 * deliberated the operator (its vehicles and drivers too, through
 * {@link RegistryHistory}). Each registry is read in one query, whatever the number of
 * records and revisions.
 */
@Service
@Transactional(readOnly = true)
public class OperatorHistoryService {

	/**
	 * A field of the operator's record that is no change of the operator's: the
	 * deliberation itself.
	 */
	static final String LAST_DELIBERATED_ON = "lastDeliberatedOn";

	private final OperatorService operators;

	private final AuditHistory audit;

	private final List<RegistryHistory> registries;

	OperatorHistoryService(OperatorService operators, AuditHistory audit, List<RegistryHistory> registries) {
		this.operators = operators;
		this.audit = audit;
		this.registries = registries;
	}

	/**
	 * The operator's record, offices and managers with every revision, deleted offices
	 * and managers included.
	 * @param id the operator
	 * @param user staff of the operator's municipality (ADMIN any)
	 * @return the histories
	 * @throws OperatorNotFoundException for anyone else
	 */
	public OperatorHistory history(long id, AccountPrincipal user) {
		Operator operator = this.operators.editable(id, user);
		Own own = own(id);
		return new OperatorHistory(operator, own.operator(), own.offices(), own.managers());
	}

	/**
	 * What changed in the operator's registries (its record, offices, managers, vehicles,
	 * drivers) since the council last deliberated it, newest first. A change made on the
	 * day of the deliberation itself counts: the deliberation has no time of day, and a
	 * change made after the meeting on that day must not slip through (前回の協議日「以降」). Never
	 * deliberated: every change. The deliberation date itself is no change.
	 * @param id the operator
	 * @param user staff of the operator's municipality (ADMIN any)
	 * @return the changes
	 * @throws OperatorNotFoundException for anyone else
	 */
	public OperatorChanges changes(long id, AccountPrincipal user) {
		Operator operator = this.operators.editable(id, user);
		LocalDate since = operator.getLastDeliberatedOn();
		Instant from = (since != null) ? since.atStartOfDay(Kyogikai.ZONE).toInstant() : null;
		List<RegistryChange> changes = new ArrayList<>();
		for (RegistryRecord record : records(id)) {
			for (RecordChange change : record.changes()) {
				if (from != null && change.changedAt().isBefore(from)) {
					continue;
				}
				RecordChange shown = (record.registry() == Registry.OPERATOR) ? withoutDeliberation(change) : change;
				if (shown.kind() == RecordChange.Kind.CHANGED && shown.fields().isEmpty()) {
					continue;
				}
				changes.add(new RegistryChange(record.registry(), record.id(), record.name(), shown));
			}
		}
		changes.sort(Comparator.comparing((RegistryChange c) -> c.change().changedAt())
			.thenComparing((c) -> c.change().revision())
			.reversed());
		return new OperatorChanges(operator, since, List.copyOf(changes));
	}

	/**
	 * The names of the operator's offices by id, deleted ones included (as last named),
	 * for the histories of what is assigned to them.
	 * @param id the operator
	 * @param user staff of the operator's municipality (ADMIN any)
	 * @return the names
	 * @throws OperatorNotFoundException for anyone else
	 */
	public Map<Long, String> officeNames(long id, AccountPrincipal user) {
		this.operators.editable(id, user);
		return names(offices(id));
	}

	private List<RegistryRecord> records(long id) {
		Own own = own(id);
		List<RegistryRecord> records = new ArrayList<>();
		records.add(own.operator());
		records.addAll(own.offices());
		records.addAll(own.managers());
		Map<Long, String> officeNames = names(own.offices());
		for (RegistryHistory registry : this.registries) {
			records.addAll(registry.records(id, officeNames));
		}
		return records;
	}

	private Own own(long id) {
		List<RegistryRecord> offices = offices(id);
		Map<Long, String> officeNames = names(offices);
		RegistryRecord operator = read(Registry.OPERATOR, Operator.class, AuditEntity.id().eq(id), Operator::getId,
				OperatorSnapshot::of, OperatorSnapshot::name)
			.stream()
			.findFirst()
			.orElseThrow(() -> new OperatorNotFoundException(id));
		List<RegistryRecord> managers = read(Registry.MANAGER, OperationManager.class,
				AuditEntity.relatedId("operator").eq(id), OperationManager::getId,
				(manager) -> ManagerSnapshot.of(manager, officeNames), ManagerSnapshot::name);
		return new Own(operator, offices, managers);
	}

	private List<RegistryRecord> offices(long id) {
		return read(Registry.OFFICE, Office.class, AuditEntity.relatedId("operator").eq(id), Office::getId,
				OfficeSnapshot::of, OfficeSnapshot::name);
	}

	private <E, S extends Record> List<RegistryRecord> read(Registry registry, Class<E> type, AuditCriterion criterion,
			Function<E, Long> id, Function<E, S> snapshot, Function<S, String> name) {
		List<RegistryRecord> records = new ArrayList<>();
		for (RecordHistory<S> history : this.audit.all(type, criterion, id, snapshot)) {
			records.add(new RegistryRecord(registry, (Long) history.id(), name.apply(history.latest()),
					history.deleted(), history.changes()));
		}
		return records;
	}

	private static Map<Long, String> names(List<RegistryRecord> offices) {
		Map<Long, String> names = new LinkedHashMap<>();
		offices.forEach((office) -> names.put(office.id(), office.name()));
		return names;
	}

	private static RecordChange withoutDeliberation(RecordChange change) {
		return new RecordChange(change.revision(), change.changedAt(), change.username(), change.kind(),
				change.fields().stream().filter((field) -> !LAST_DELIBERATED_ON.equals(field.field())).toList());
	}

	private record Own(RegistryRecord operator, List<RegistryRecord> offices, List<RegistryRecord> managers) {
	}

	/**
	 * The operator's record, offices and managers with every revision.
	 *
	 * @param operator the operator as it is now
	 * @param record the operator's own record's revisions (labels {@code operatorForm.*})
	 * @param offices the offices, deleted ones included (labels {@code office.*})
	 * @param managers the managers, deleted ones included (labels {@code manager.*})
	 */
	public record OperatorHistory(Operator operator, RegistryRecord record, List<RegistryRecord> offices,
			List<RegistryRecord> managers) {
	}

	/**
	 * The changes since the last deliberation.
	 *
	 * @param operator the operator
	 * @param since the day of the last deliberation, {@code null} when never deliberated
	 * (then every change is listed)
	 * @param changes the changes, newest first
	 */
	public record OperatorChanges(Operator operator, LocalDate since, List<RegistryChange> changes) {

		/**
		 * How many changes concern one registry.
		 * @param registry the registry
		 * @return the number of changes
		 */
		public long count(Registry registry) {
			return this.changes.stream().filter((change) -> change.registry() == registry).count();
		}

	}

	/**
	 * The operator's record as its history shows it (labels {@code operatorForm.<name>}).
	 */
	public record OperatorSnapshot(String name, OperatorType operatorType, String representative, String address,
			Set<TransportKind> transportKinds, Set<PassengerCategory> passengerCategories, Integer passengerCount,
			String registrationNumber, LocalDate registeredOn, LocalDate validFrom, LocalDate registrationExpiresOn,
			boolean operatorCooperation, String cooperationPartner, LocalDate lastDeliberatedOn, String contactEmail) {

		static OperatorSnapshot of(Operator o) {
			return new OperatorSnapshot(o.getName(), o.getOperatorType(), o.getRepresentative(), o.getAddress(),
					o.getTransportKinds(), o.getPassengerCategories(), o.getPassengerCount(), o.getRegistrationNumber(),
					o.getRegisteredOn(), o.getValidFrom(), o.getRegistrationExpiresOn(), o.isOperatorCooperation(),
					o.getCooperationPartner(), o.getLastDeliberatedOn(), o.getContactEmail());
		}

	}

	/**
	 * An office as its history shows it (labels {@code office.<name>}).
	 */
	public record OfficeSnapshot(String name, String location) {

		static OfficeSnapshot of(Office office) {
			return new OfficeSnapshot(office.getName(), office.getLocation());
		}

	}

	/**
	 * A manager as its history shows it (labels {@code manager.<name>}); the office by
	 * its name.
	 */
	public record ManagerSnapshot(String name, ManagerRole role, String office, boolean qualified, boolean certified) {

		static ManagerSnapshot of(OperationManager manager, Map<Long, String> officeNames) {
			Long officeId = manager.getOfficeId();
			return new ManagerSnapshot(manager.getName(), manager.getRole(),
					(officeId != null) ? officeNames.getOrDefault(officeId, "#" + officeId) : null,
					manager.isQualified(), manager.isCertified());
		}

	}

}
