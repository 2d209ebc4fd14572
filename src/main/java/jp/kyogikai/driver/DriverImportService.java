package jp.kyogikai.driver;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jp.kyogikai.csv.CsvChoices;
import jp.kyogikai.csv.CsvColumn;
import jp.kyogikai.csv.CsvRow;
import jp.kyogikai.csv.ExcelCsv;
import jp.kyogikai.csv.FormImport;
import jp.kyogikai.csv.ImportErrors;
import jp.kyogikai.csv.ImportResult;
import jp.kyogikai.csv.ImportRows;
import jp.kyogikai.driver.rule.LicenceClass;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorRecordsCsv;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * An operator's drivers as CSV, for whoever may see the operator (checked through
 * {@link DriverService#operator}): staff of its municipality and the operator itself,
 * since the file holds personal data. The import is all or nothing ({@link FormImport}):
 * each row is matched to a driver (see {@link #match}), put on a {@link DriverForm} and
 * checked exactly as the form is; only when no row has a problem are the drivers added
 * and changed, in one transaction (one audit revision). Drivers the file does not name
 * are left alone. Never logs a driver's data.
 */
@Service
public class DriverImportService implements OperatorRecordsCsv {

	private final DriverService drivers;

	private final DriverRepository repository;

	private final MessageSource messages;

	private final FormImport imports;

	private final Clock clock;

	DriverImportService(DriverService drivers, DriverRepository repository, MessageSource messages, FormImport imports,
			Clock clock) {
		this.drivers = drivers;
		this.repository = repository;
		this.messages = messages;
		this.imports = imports;
		this.clock = clock;
	}

	/**
	 * The drivers, those who left included, as a download,
	 * {@code drivers-<operator>-<date>.csv}.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return the response
	 */
	@Override
	@Transactional(readOnly = true)
	public ResponseEntity<byte[]> export(long operatorId, AccountPrincipal user) {
		OperatorDetail detail = this.drivers.operator(operatorId, user);
		List<List<Object>> rows = this.repository.findByOperatorIdOrderByFuriganaAscNameAsc(operatorId)
			.stream()
			.map((driver) -> DriverCsv.row(driver, labels()))
			.toList();
		return ExcelCsv.download("drivers", detail.operator().shortName(), LocalDate.now(this.clock),
				ExcelCsv.write(DriverCsv.HEADER, rows));
	}

	@Override
	public List<CsvColumn> columns() {
		return DriverCsv.COLUMNS;
	}

	@Override
	public String sample() {
		return ExcelCsv.text(DriverCsv.HEADER, DriverCsv.sample(labels()));
	}

	/**
	 * Imports a file, all or nothing.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @param filename the name the browser sent
	 * @param content the file
	 * @return how many drivers were added and changed, or every problem (and nothing
	 * changed)
	 */
	@Override
	@Transactional
	public ImportResult importCsv(long operatorId, AccountPrincipal user, String filename, byte[] content) {
		this.drivers.operator(operatorId, user);
		ImportResult result = this.imports.run(filename, content, new Rows(operatorId));
		this.repository.flush();
		return result;
	}

	/**
	 * The registered driver a row stands for. With a birth date: the driver of that name
	 * and birth date, else one of that name and furigana whose birth date is not on file
	 * yet. Without a birth date: the driver of that name and furigana whose birth date is
	 * not on file; if such a driver has a birth date, the row is refused rather than
	 * guessed. Spaces in names and furigana do not count.
	 * @return the driver, {@code null} for a new one (or when the row cannot be matched,
	 * with the problem recorded)
	 */
	private static Driver match(CsvRow row, List<Driver> existing, ImportErrors errors) {
		String name = normal(row.text(DriverCsv.NAME));
		String furigana = normal(row.text(DriverCsv.FURIGANA));
		LocalDate birthDate;
		try {
			birthDate = row.text(DriverCsv.BIRTH_DATE).isEmpty() ? null
					: ExcelCsv.parseDate(row.text(DriverCsv.BIRTH_DATE));
		}
		catch (DateTimeException ex) {
			return null;
		}
		if (name.isEmpty()) {
			return null;
		}
		List<Driver> sameName = existing.stream().filter((d) -> normal(d.getName()).equals(name)).toList();
		List<Driver> sameFurigana = sameName.stream().filter((d) -> normal(d.getFurigana()).equals(furigana)).toList();
		List<Driver> candidates = (birthDate != null)
				? sameName.stream().filter((d) -> birthDate.equals(d.getBirthDate())).toList() : List.of();
		if (candidates.isEmpty()) {
			candidates = sameFurigana.stream().filter((d) -> d.getBirthDate() == null).toList();
		}
		if (birthDate == null && candidates.isEmpty() && !sameFurigana.isEmpty()) {
			errors.reject(row.line(), DriverCsv.BIRTH_DATE, "driver.csv.birthDateMissing");
			return null;
		}
		if (candidates.size() > 1) {
			errors.reject(row.line(), DriverCsv.NAME, "driver.csv.ambiguous");
			return null;
		}
		return candidates.isEmpty() ? null : candidates.get(0);
	}

	private Map<String, LicenceClass> licenceClasses() {
		Map<String, LicenceClass> classes = CsvChoices.of(this.messages, LicenceClass.class);
		classes.putAll(Map.of("第一種", LicenceClass.CLASS_1, "一種", LicenceClass.CLASS_1, "第二種", LicenceClass.CLASS_2,
				"二種", LicenceClass.CLASS_2));
		return classes;
	}

	private Function<Enum<?>, String> labels() {
		return CsvChoices.labels(this.messages);
	}

	private static String key(String name, String furigana, LocalDate birthDate) {
		return normal(name) + "|" + ((birthDate != null) ? birthDate.toString() : "?" + normal(furigana));
	}

	private static String normal(String text) {
		return Objects.requireNonNullElse(text, "").replaceAll("[\\s　]", "");
	}

	/**
	 * The rows of one import into an operator's drivers: a row is the driver
	 * {@link #match} finds, and no two rows may stand for the same driver, registered or
	 * new.
	 */
	private final class Rows implements ImportRows<Driver, DriverForm> {

		private final long operatorId;

		private final List<Driver> existing;

		private final Map<String, LicenceClass> classes = licenceClasses();

		Rows(long operatorId) {
			this.operatorId = operatorId;
			this.existing = DriverImportService.this.repository.findByOperatorIdOrderByFuriganaAscNameAsc(operatorId);
		}

		@Override
		public List<CsvColumn> columns() {
			return DriverCsv.COLUMNS;
		}

		@Override
		public String formName() {
			return "driverForm";
		}

		@Override
		public Driver match(CsvRow row, ImportErrors errors) {
			return DriverImportService.match(row, this.existing, errors);
		}

		@Override
		public DriverForm form(Driver driver) {
			return (driver != null) ? DriverForm.of(driver) : new DriverForm();
		}

		@Override
		public void fill(DriverForm form, CsvRow row, ImportErrors errors) {
			DriverCsv.fill(form, row, this.classes, errors);
		}

		@Override
		public void check(DriverForm form, Errors errors) {
			form.check(errors);
		}

		@Override
		public String columnOf(String field) {
			return DriverCsv.columnOf(field);
		}

		/**
		 * The driver matched, then the person: the name with the birth date, or with the
		 * furigana when the birth date is not known.
		 */
		@Override
		public List<Object> keys(CsvRow row, Driver driver, DriverForm form) {
			List<Object> keys = new ArrayList<>();
			if (driver != null) {
				keys.add(driver.getId());
			}
			if (form.getName() != null && !form.getName().isBlank()) {
				keys.add(key(form.getName(), form.getFurigana(), form.getBirthDate()));
			}
			return keys;
		}

		@Override
		public void repeated(CsvRow row, long firstLine, ImportErrors errors) {
			errors.reject(row.line(), DriverCsv.NAME, "driver.csv.sameDriver", firstLine);
		}

		@Override
		public void add(DriverForm form) {
			Driver driver = new Driver(this.operatorId);
			driver.update(form);
			DriverImportService.this.repository.save(driver);
		}

		@Override
		public void update(Driver driver, DriverForm form) {
			driver.update(form);
		}

		@Override
		public List<Object> row(Driver driver) {
			return DriverCsv.row(driver, labels());
		}

	}

}
