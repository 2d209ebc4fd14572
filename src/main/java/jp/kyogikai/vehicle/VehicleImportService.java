package jp.kyogikai.vehicle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.Validator;
import jp.kyogikai.csv.CsvChoices;
import jp.kyogikai.csv.CsvColumn;
import jp.kyogikai.csv.CsvFileException;
import jp.kyogikai.csv.CsvRow;
import jp.kyogikai.csv.CsvSheet;
import jp.kyogikai.csv.ExcelCsv;
import jp.kyogikai.csv.ImportErrors;
import jp.kyogikai.csv.ImportResult;
import jp.kyogikai.operator.Office;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorRecordsCsv;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.vehicle.rule.VehicleType;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * An operator's vehicles as CSV, for whoever may see the operator (checked through
 * {@link VehicleService#operator}). The import is all or nothing: each row is matched to
 * a vehicle by its plate number (自動車登録番号) within the operator, put on a
 * {@link VehicleForm} and checked exactly as the form is; only when no row has a problem
 * are the vehicles added and changed, in one transaction (one audit revision). Vehicles
 * the file does not name are left alone.
 */
@Service
public class VehicleImportService implements OperatorRecordsCsv {

	private final VehicleService vehicles;

	private final VehicleRepository repository;

	private final MessageSource messages;

	private final SmartValidator validator;

	private final Clock clock;

	VehicleImportService(VehicleService vehicles, VehicleRepository repository, MessageSource messages,
			Validator validator, Clock clock) {
		this.vehicles = vehicles;
		this.repository = repository;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
		this.clock = clock;
	}

	/**
	 * The vehicles as a download, {@code vehicles-<operator>-<date>.csv}.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return the response
	 */
	@Override
	@Transactional(readOnly = true)
	public ResponseEntity<byte[]> export(long operatorId, AccountPrincipal user) {
		OperatorDetail detail = this.vehicles.operator(operatorId, user);
		Map<Long, String> offices = officeNames(detail);
		List<List<Object>> rows = this.repository.findByOperatorIdOrderByPlateNumberAsc(operatorId)
			.stream()
			.map((vehicle) -> VehicleCsv.row(vehicle, offices, labels()))
			.toList();
		return ExcelCsv.download("vehicles", detail.operator().shortName(), LocalDate.now(this.clock),
				ExcelCsv.write(VehicleCsv.HEADER, rows));
	}

	@Override
	public List<CsvColumn> columns() {
		return VehicleCsv.COLUMNS;
	}

	@Override
	public String sample() {
		return ExcelCsv.text(VehicleCsv.HEADER, VehicleCsv.sample(labels()));
	}

	/**
	 * Imports a file, all or nothing.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @param filename the name the browser sent
	 * @param content the file
	 * @return how many vehicles were added and changed, or every problem (and nothing
	 * changed)
	 */
	@Override
	@Transactional
	public ImportResult importCsv(long operatorId, AccountPrincipal user, String filename, byte[] content) {
		OperatorDetail detail = this.vehicles.operator(operatorId, user);
		ImportErrors errors = new ImportErrors(this.messages);
		CsvSheet sheet;
		try {
			sheet = ExcelCsv.read(filename, content, VehicleCsv.COLUMNS, true);
		}
		catch (CsvFileException ex) {
			errors.reject(ex);
			return errors.result();
		}
		Map<String, Vehicle> existing = new HashMap<>();
		this.repository.findByOperatorIdOrderByPlateNumberAsc(operatorId)
			.forEach((vehicle) -> existing.put(vehicle.getPlateNumber(), vehicle));
		Map<String, Long> offices = new HashMap<>();
		detail.offices().forEach((office) -> offices.putIfAbsent(office.getName(), office.getId()));
		Map<String, VehicleType> types = CsvChoices.of(this.messages, VehicleType.class);
		Map<String, Ownership> ownerships = CsvChoices.of(this.messages, Ownership.class);
		Map<String, Long> plates = new HashMap<>();
		List<Pending> pending = new ArrayList<>();
		for (CsvRow row : sheet.rows()) {
			String plate = row.text(VehicleCsv.PLATE);
			Vehicle vehicle = existing.get(plate);
			VehicleForm form = (vehicle != null) ? VehicleForm.of(vehicle) : new VehicleForm();
			VehicleCsv.fill(form, row, offices, types, ownerships, errors);
			BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "vehicleForm");
			this.validator.validate(form, result);
			form.check(result);
			errors.reject(row.line(), result, VehicleCsv::columnOf);
			Long first = plate.isEmpty() ? null : plates.putIfAbsent(plate, row.line());
			if (first != null) {
				errors.reject(row.line(), VehicleCsv.PLATE, "csv.key.duplicate", plate, first);
			}
			pending.add(new Pending(vehicle, form));
		}
		if (!errors.isEmpty()) {
			return errors.result();
		}
		return save(operatorId, pending, officeNames(detail));
	}

	private ImportResult save(long operatorId, List<Pending> pending, Map<Long, String> offices) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Pending p : pending) {
			if (p.vehicle() == null) {
				Vehicle vehicle = new Vehicle(operatorId);
				vehicle.update(p.form());
				this.repository.save(vehicle);
				created++;
			}
			else {
				List<Object> before = VehicleCsv.row(p.vehicle(), offices, labels());
				p.vehicle().update(p.form());
				if (before.equals(VehicleCsv.row(p.vehicle(), offices, labels()))) {
					unchanged++;
				}
				else {
					updated++;
				}
			}
		}
		this.repository.flush();
		return ImportResult.done(created, updated, unchanged);
	}

	private Function<Enum<?>, String> labels() {
		return (value) -> CsvChoices.label(this.messages, value);
	}

	private static Map<Long, String> officeNames(OperatorDetail detail) {
		Map<Long, String> names = new HashMap<>();
		detail.offices().forEach((Office office) -> names.put(office.getId(), office.getName()));
		return names;
	}

	private record Pending(Vehicle vehicle, VehicleForm form) {
	}

}
