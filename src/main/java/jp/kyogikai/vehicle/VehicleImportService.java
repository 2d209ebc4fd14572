package jp.kyogikai.vehicle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.kyogikai.csv.CsvChoices;
import jp.kyogikai.csv.CsvColumn;
import jp.kyogikai.csv.CsvRow;
import jp.kyogikai.csv.ExcelCsv;
import jp.kyogikai.csv.FormImport;
import jp.kyogikai.csv.ImportErrors;
import jp.kyogikai.csv.ImportResult;
import jp.kyogikai.csv.ImportRows;
import jp.kyogikai.operator.Office;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorRecordsCsv;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.vehicle.rule.VehicleType;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * An operator's vehicles as CSV, for whoever may see the operator (checked through
 * {@link VehicleService#operator}). The import is all or nothing ({@link FormImport}):
 * each row is matched to a vehicle by its plate number (自動車登録番号) within the operator, put
 * on a {@link VehicleForm} and checked exactly as the form is; only when no row has a
 * problem are the vehicles added and changed, in one transaction (one audit revision).
 * Vehicles the file does not name are left alone.
 */
@Service
public class VehicleImportService implements OperatorRecordsCsv {

	private final VehicleService vehicles;

	private final VehicleRepository repository;

	private final MessageSource messages;

	private final FormImport imports;

	private final Clock clock;

	VehicleImportService(VehicleService vehicles, VehicleRepository repository, MessageSource messages,
			FormImport imports, Clock clock) {
		this.vehicles = vehicles;
		this.repository = repository;
		this.messages = messages;
		this.imports = imports;
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
		ImportResult result = this.imports.run(filename, content, new Rows(operatorId, detail));
		this.repository.flush();
		return result;
	}

	private Function<Enum<?>, String> labels() {
		return CsvChoices.labels(this.messages);
	}

	private static Map<Long, String> officeNames(OperatorDetail detail) {
		Map<Long, String> names = new HashMap<>();
		detail.offices().forEach((Office office) -> names.put(office.getId(), office.getName()));
		return names;
	}

	/**
	 * The rows of one import into an operator's vehicles: a row is the vehicle of its
	 * plate number, and no two rows may name the same plate number.
	 */
	private final class Rows implements ImportRows<Vehicle, VehicleForm> {

		private final long operatorId;

		private final Map<String, Vehicle> existing = new HashMap<>();

		private final Map<String, Long> offices = new HashMap<>();

		private final Map<Long, String> officeNames;

		private final Map<String, VehicleType> types;

		private final Map<String, Ownership> ownerships;

		Rows(long operatorId, OperatorDetail detail) {
			this.operatorId = operatorId;
			VehicleImportService.this.repository.findByOperatorIdOrderByPlateNumberAsc(operatorId)
				.forEach((vehicle) -> this.existing.put(vehicle.getPlateNumber(), vehicle));
			detail.offices().forEach((office) -> this.offices.putIfAbsent(office.getName(), office.getId()));
			this.officeNames = officeNames(detail);
			this.types = CsvChoices.of(VehicleImportService.this.messages, VehicleType.class);
			this.ownerships = CsvChoices.of(VehicleImportService.this.messages, Ownership.class);
		}

		@Override
		public List<CsvColumn> columns() {
			return VehicleCsv.COLUMNS;
		}

		@Override
		public String formName() {
			return "vehicleForm";
		}

		@Override
		public Vehicle match(CsvRow row, ImportErrors errors) {
			return this.existing.get(row.text(VehicleCsv.PLATE));
		}

		@Override
		public VehicleForm form(Vehicle vehicle) {
			return (vehicle != null) ? VehicleForm.of(vehicle) : new VehicleForm();
		}

		@Override
		public void fill(VehicleForm form, CsvRow row, ImportErrors errors) {
			VehicleCsv.fill(form, row, this.offices, this.types, this.ownerships, errors);
		}

		@Override
		public void check(VehicleForm form, Errors errors) {
			form.check(errors);
		}

		@Override
		public String columnOf(String field) {
			return VehicleCsv.columnOf(field);
		}

		@Override
		public List<String> keys(CsvRow row, Vehicle vehicle, VehicleForm form) {
			String plate = row.text(VehicleCsv.PLATE);
			return plate.isEmpty() ? List.of() : List.of(plate);
		}

		@Override
		public void repeated(CsvRow row, long firstLine, ImportErrors errors) {
			errors.reject(row.line(), VehicleCsv.PLATE, "csv.key.duplicate", row.text(VehicleCsv.PLATE), firstLine);
		}

		@Override
		public void add(VehicleForm form) {
			Vehicle vehicle = new Vehicle(this.operatorId);
			vehicle.update(form);
			VehicleImportService.this.repository.save(vehicle);
		}

		@Override
		public void update(Vehicle vehicle, VehicleForm form) {
			vehicle.update(form);
		}

		@Override
		public List<Object> row(Vehicle vehicle) {
			return VehicleCsv.row(vehicle, this.officeNames, labels());
		}

	}

}
