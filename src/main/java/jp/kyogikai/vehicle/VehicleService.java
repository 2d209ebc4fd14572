package jp.kyogikai.vehicle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kyogikai.council.CouncilService;
import jp.kyogikai.file.FileRejectedException;
import jp.kyogikai.file.StoredFileContent;
import jp.kyogikai.file.StoredFileInfo;
import jp.kyogikai.file.StoredFileService;
import jp.kyogikai.audit.RecordHistory;
import jp.kyogikai.operator.Office;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorRecords;
import jp.kyogikai.operator.OperatorHistoryService;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.operator.rule.ServiceKind;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.vehicle.rule.InsuranceCover;
import jp.kyogikai.vehicle.rule.VehicleFinding;
import jp.kyogikai.vehicle.rule.VehicleProfile;
import jp.kyogikai.vehicle.rule.VehicleRules;
import jp.kyogikai.vehicle.rule.VehicleType;
import jp.kyogikai.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * An operator's vehicles for whoever may see the operator: staff of its municipality
 * (ADMIN any) and its own OPERATOR users. Every call first checks the operator through
 * {@link OperatorService#detail}, which answers 404 to everyone else. Insurance is
 * checked against the {@link InsuranceStandard} of the councils that deliberate the
 * operator.
 */
@Service
@Transactional(readOnly = true)
public class VehicleService implements OperatorRecords<VehicleForm> {

	/** Warn this many days before 車検 or the insurance ends. */
	static final int WARNING_DAYS = 60;

	private final VehicleRepository vehicles;

	private final OperatorService operators;

	private final CouncilService councils;

	private final StoredFileService files;

	private final OperatorHistoryService operatorHistory;

	private final VehicleHistory history;

	private final MessageSource messages;

	private final Clock clock;

	VehicleService(VehicleRepository vehicles, OperatorService operators, CouncilService councils,
			StoredFileService files, OperatorHistoryService operatorHistory, VehicleHistory history,
			MessageSource messages, Clock clock) {
		this.vehicles = vehicles;
		this.operators = operators;
		this.councils = councils;
		this.files = files;
		this.operatorHistory = operatorHistory;
		this.history = history;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The operator, checked for the user.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return its record
	 */
	@Override
	public OperatorDetail operator(long operatorId, AccountPrincipal user) {
		return this.operators.detail(operatorId, user);
	}

	/**
	 * 車検 and insurance policies of the user's operators that end within the given days or
	 * have ended, the soonest first.
	 * @param user staff (or the administrator)
	 * @param days how far ahead to look
	 * @return one line per date that needs attention
	 */
	public List<VehicleExpiry> expiringWithin(AccountPrincipal user, int days) {
		Map<Long, String> names = this.operators.operatorsFor(user)
			.stream()
			.collect(Collectors.toMap((o) -> o.id(), (o) -> o.name()));
		if (names.isEmpty()) {
			return List.of();
		}
		LocalDate limit = LocalDate.now(this.clock).plusDays(days);
		List<VehicleExpiry> lines = new java.util.ArrayList<>();
		for (Vehicle vehicle : this.vehicles.findExpiringBy(names.keySet(), limit)) {
			String operator = names.get(vehicle.getOperatorId());
			if (vehicle.getInspectionExpiresOn() != null && !vehicle.getInspectionExpiresOn().isAfter(limit)) {
				lines.add(new VehicleExpiry(vehicle.getOperatorId(), operator, vehicle.getPlateNumber(),
						VehicleExpiry.Deadline.INSPECTION, vehicle.getInspectionExpiresOn()));
			}
			if (vehicle.getPolicyTo() != null && !vehicle.getPolicyTo().isAfter(limit)) {
				lines.add(new VehicleExpiry(vehicle.getOperatorId(), operator, vehicle.getPlateNumber(),
						VehicleExpiry.Deadline.INSURANCE, vehicle.getPolicyTo()));
			}
		}
		lines.sort(java.util.Comparator.comparing(VehicleExpiry::date));
		return lines;
	}

	public List<VehicleView> list(long operatorId, AccountPrincipal user) {
		OperatorDetail detail = operator(operatorId, user);
		Map<Long, String> offices = detail.offices().stream().collect(Collectors.toMap(Office::getId, Office::getName));
		Set<ServiceKind> kinds = EnumSet.noneOf(ServiceKind.class);
		detail.operator().getTransportKinds().forEach((kind) -> kinds.add(ServiceKind.valueOf(kind.name())));
		InsuranceStandard standard = standard(detail.operator());
		LocalDate today = LocalDate.now(this.clock);
		return this.vehicles.findByOperatorIdOrderByPlateNumberAsc(operatorId)
			.stream()
			.map((vehicle) -> new VehicleView(vehicle,
					(vehicle.getOfficeId() != null) ? offices.get(vehicle.getOfficeId()) : null,
					findings(vehicle, kinds, standard, today)))
			.toList();
	}

	/**
	 * The insurance minimums the operator's vehicles are checked against.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return the minimums of the councils that deliberate it (the strictest when
	 * several), or the statutory standard
	 */
	public InsuranceStandard insuranceStandard(long operatorId, AccountPrincipal user) {
		return standard(operator(operatorId, user).operator());
	}

	private InsuranceStandard standard(Operator operator) {
		return InsuranceStandard
			.of(this.councils.chartersDeliberating(operator.getMunicipalityId(), operator.getTransportKinds()));
	}

	/**
	 * Whether the operator uses セダン等, for the drivers' セダン等 requirement.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return {@code true} when one of its vehicles is a セダン等
	 */
	public boolean usesSedan(long operatorId, AccountPrincipal user) {
		operator(operatorId, user);
		return this.vehicles.existsByOperatorIdAndVehicleType(operatorId, VehicleType.SEDAN);
	}

	/**
	 * Every revision of one of the operator's vehicles, a deleted one too, for staff
	 * only.
	 * @param operatorId the operator
	 * @param vehicleId the vehicle
	 * @param user staff of the operator's municipality (ADMIN any)
	 * @return the history, newest first
	 * @throws VehicleNotFoundException when the operator never had the vehicle
	 */
	public RecordHistory<VehicleSnapshot> history(long operatorId, long vehicleId, AccountPrincipal user) {
		Map<Long, String> officeNames = this.operatorHistory.officeNames(operatorId, user);
		return this.history.of(operatorId, vehicleId, officeNames)
			.orElseThrow(() -> new VehicleNotFoundException(vehicleId));
	}

	@Override
	public VehicleForm form(long operatorId, long vehicleId, AccountPrincipal user) {
		operator(operatorId, user);
		return VehicleForm.of(find(operatorId, vehicleId));
	}

	/**
	 * Adds a vehicle.
	 * @throws DuplicatePlateException when the operator already has the plate number
	 */
	@Override
	@Transactional
	public void add(long operatorId, AccountPrincipal user, VehicleForm form) {
		checkOffice(operator(operatorId, user), form);
		if (this.vehicles.existsByOperatorIdAndPlateNumber(operatorId, form.getPlateNumber().strip())) {
			throw new DuplicatePlateException();
		}
		Vehicle vehicle = new Vehicle(operatorId);
		vehicle.update(form);
		this.vehicles.saveAndFlush(vehicle);
	}

	/**
	 * Saves changes to a vehicle.
	 * @throws ObjectOptimisticLockingFailureException when someone saved first
	 * @throws DuplicatePlateException when another vehicle has the plate number
	 */
	@Override
	@Transactional
	public void update(long operatorId, long vehicleId, AccountPrincipal user, VehicleForm form) {
		checkOffice(operator(operatorId, user), form);
		Vehicle vehicle = find(operatorId, vehicleId);
		if (vehicle.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Vehicle.class, vehicleId);
		}
		if (this.vehicles.existsByOperatorIdAndPlateNumberAndIdNot(operatorId, form.getPlateNumber().strip(),
				vehicleId)) {
			throw new DuplicatePlateException();
		}
		vehicle.update(form);
		this.vehicles.saveAndFlush(vehicle);
	}

	@Override
	@Transactional
	public void delete(long operatorId, long vehicleId, AccountPrincipal user) {
		operator(operatorId, user);
		this.vehicles.delete(find(operatorId, vehicleId));
	}

	/**
	 * The vehicle's use agreement (使用承諾書) on file and the ones it replaced.
	 * @param operatorId the operator
	 * @param vehicleId the vehicle
	 * @param user the signed-in user
	 * @return the documents, without their content
	 */
	public UseAgreementFiles useAgreementFiles(long operatorId, long vehicleId, AccountPrincipal user) {
		OperatorDetail detail = operator(operatorId, user);
		Vehicle vehicle = find(operatorId, vehicleId);
		Set<Long> ids = new LinkedHashSet<>(this.vehicles.findUseAgreementFileIds(vehicleId));
		if (vehicle.getUseAgreementFileId() != null) {
			ids.add(vehicle.getUseAgreementFileId());
		}
		List<StoredFileInfo> all = this.files.infos(ids, detail.operator().getMunicipalityId());
		StoredFileInfo current = all.stream()
			.filter((file) -> Long.valueOf(file.id()).equals(vehicle.getUseAgreementFileId()))
			.findFirst()
			.orElse(null);
		return new UseAgreementFiles(current, all.stream().filter((file) -> file != current).toList());
	}

	/**
	 * Stores an uploaded use agreement and makes it the vehicle's; the one before stays
	 * stored. The file is checked by {@link StoredFileService}.
	 * @param operatorId the operator
	 * @param vehicleId the vehicle
	 * @param user the signed-in user
	 * @param version the vehicle's version the page was opened on
	 * @param file the upload
	 * @return the stored file
	 * @throws FileRejectedException when the file is refused; nothing is stored
	 * @throws ObjectOptimisticLockingFailureException when someone saved the vehicle
	 * first
	 */
	@Transactional
	public StoredFileInfo attachUseAgreement(long operatorId, long vehicleId, AccountPrincipal user, long version,
			MultipartFile file) {
		OperatorDetail detail = operator(operatorId, user);
		Vehicle vehicle = find(operatorId, vehicleId);
		if (vehicle.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Vehicle.class, vehicleId);
		}
		StoredFileInfo stored = this.files.store(file, detail.operator().getMunicipalityId(), user.getUsername());
		vehicle.attachUseAgreement(stored.id());
		this.vehicles.saveAndFlush(vehicle);
		return stored;
	}

	/**
	 * A use agreement of the vehicle, for a download: the current one, or one it
	 * replaced.
	 * @param operatorId the operator
	 * @param vehicleId the vehicle
	 * @param fileId the document, {@code null} for the current one
	 * @param user the signed-in user
	 * @return the document with its content
	 * @throws VehicleNotFoundException (404) when the vehicle has no such document
	 */
	public StoredFileContent useAgreement(long operatorId, long vehicleId, Long fileId, AccountPrincipal user) {
		OperatorDetail detail = operator(operatorId, user);
		Vehicle vehicle = find(operatorId, vehicleId);
		Long id = (fileId != null) ? fileId : vehicle.getUseAgreementFileId();
		if (id == null || !(id.equals(vehicle.getUseAgreementFileId())
				|| this.vehicles.findUseAgreementFileIds(vehicleId).contains(id))) {
			throw new VehicleNotFoundException(vehicleId);
		}
		return this.files.content(id, detail.operator().getMunicipalityId());
	}

	/**
	 * The largest file accepted, for the upload form's hint.
	 * @return e.g. {@code 20MB}
	 */
	public String fileLimit() {
		return this.files.limitText();
	}

	private Vehicle find(long operatorId, long vehicleId) {
		return this.vehicles.findByIdAndOperatorId(vehicleId, operatorId)
			.orElseThrow(() -> new VehicleNotFoundException(vehicleId));
	}

	private void checkOffice(OperatorDetail detail, VehicleForm form) {
		if (form.getOfficeId() != null
				&& detail.offices().stream().noneMatch((office) -> office.getId().equals(form.getOfficeId()))) {
			throw new VehicleNotFoundException(form.getOfficeId());
		}
	}

	private List<VehicleView.Finding> findings(Vehicle vehicle, Set<ServiceKind> kinds, InsuranceStandard standard,
			LocalDate today) {
		List<VehicleFinding> found = new ArrayList<>();
		if (vehicle.getInspectionExpiresOn() == null) {
			found.add(VehicleFinding.violation("vehicle.inspection.missing"));
			if (!VehicleRules.seatsAllowed(vehicle.getVehicleType(), vehicle.getSeats())) {
				found.add(VehicleFinding.violation("vehicle.seats.tooMany", vehicle.getSeats(),
						VehicleRules.MAX_WELFARE_SEATS));
			}
		}
		else {
			found.addAll(VehicleRules.check(
					new VehicleProfile(vehicle.getVehicleType(), vehicle.getSeats(), vehicle.getInspectionExpiresOn()),
					kinds, today, WARNING_DAYS));
		}
		found.addAll(VehicleRules.useAgreement(vehicle.getOwnership() == Ownership.BROUGHT_IN, vehicle.useAgreement(),
				today, WARNING_DAYS));
		found.addAll(InsuranceCover.check(vehicle.insurancePolicy(), standard.minimums(), today, WARNING_DAYS));
		return found.stream().map((finding) -> new VehicleView.Finding(text(finding), finding.isViolation())).toList();
	}

	private String text(VehicleFinding finding) {
		Function<Object, Object> label = (argument) -> {
			if (argument instanceof ServiceKind kind) {
				return this.messages.getMessage("enum.TransportKind." + kind.name(), null, kind.name(), Locale.JAPAN);
			}
			if (argument instanceof Enum<?> value) {
				return this.messages.getMessage(
						"enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null, value.name(),
						Locale.JAPAN);
			}
			return argument;
		};
		return FormErrors.text(this.messages, finding.code(), finding.arguments().stream().map(label).toList());
	}

	/**
	 * The operator already has a vehicle with this plate number.
	 */
	static class DuplicatePlateException extends RuntimeException {

		DuplicatePlateException() {
			super("自動車登録番号が重複しています");
		}

	}

}
