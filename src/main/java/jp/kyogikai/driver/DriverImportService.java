package jp.kyogikai.driver;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import jp.kyogikai.driver.rule.LicenceClass;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorRecordsCsv;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * An operator's drivers as CSV, for whoever may see the operator (checked through
 * {@link DriverService#operator}): staff of its municipality and the operator itself,
 * since the file holds personal data. The import is all or nothing: each row is matched
 * to a driver (see {@link #match}), put on a {@link DriverForm} and checked exactly as
 * the form is; only when no row has a problem are the drivers added and changed, in one
 * transaction (one audit revision). Drivers the file does not name are left alone. Never
 * logs a driver's data.
 */
@Service
public class DriverImportService implements OperatorRecordsCsv {

	private final DriverService drivers;

	private final DriverRepository repository;

	private final MessageSource messages;

	private final SmartValidator validator;

	private final Clock clock;

	DriverImportService(DriverService drivers, DriverRepository repository, MessageSource messages, Validator validator,
			Clock clock) {
		this.drivers = drivers;
		this.repository = repository;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
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
		ImportErrors errors = new ImportErrors(this.messages);
		CsvSheet sheet;
		try {
			sheet = ExcelCsv.read(filename, content, DriverCsv.COLUMNS, true);
		}
		catch (CsvFileException ex) {
			errors.reject(ex);
			return errors.result();
		}
		List<Driver> existing = this.repository.findByOperatorIdOrderByFuriganaAscNameAsc(operatorId);
		Map<String, LicenceClass> classes = licenceClasses();
		Map<String, Long> keys = new HashMap<>();
		Map<Long, Long> matched = new HashMap<>();
		List<Pending> pending = new ArrayList<>();
		for (CsvRow row : sheet.rows()) {
			Driver driver = match(row, existing, errors);
			DriverForm form = (driver != null) ? DriverForm.of(driver) : new DriverForm();
			DriverCsv.fill(form, row, classes, errors);
			BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "driverForm");
			this.validator.validate(form, result);
			form.check(result);
			errors.reject(row.line(), result, DriverCsv::columnOf);
			Long first = (driver != null) ? matched.putIfAbsent(driver.getId(), row.line()) : null;
			if (first == null && form.getName() != null && !form.getName().isBlank()) {
				first = keys.putIfAbsent(key(form.getName(), form.getFurigana(), form.getBirthDate()), row.line());
			}
			if (first != null) {
				errors.reject(row.line(), DriverCsv.NAME, "driver.csv.sameDriver", first);
			}
			pending.add(new Pending(driver, form));
		}
		if (!errors.isEmpty()) {
			return errors.result();
		}
		return save(operatorId, pending);
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
	private Driver match(CsvRow row, List<Driver> existing, ImportErrors errors) {
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

	private ImportResult save(long operatorId, List<Pending> pending) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Pending p : pending) {
			if (p.driver() == null) {
				Driver driver = new Driver(operatorId);
				driver.update(p.form());
				this.repository.save(driver);
				created++;
			}
			else {
				List<Object> before = DriverCsv.row(p.driver(), labels());
				p.driver().update(p.form());
				if (before.equals(DriverCsv.row(p.driver(), labels()))) {
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

	private Map<String, LicenceClass> licenceClasses() {
		Map<String, LicenceClass> classes = CsvChoices.of(this.messages, LicenceClass.class);
		classes.putAll(Map.of("第一種", LicenceClass.CLASS_1, "一種", LicenceClass.CLASS_1, "第二種", LicenceClass.CLASS_2,
				"二種", LicenceClass.CLASS_2));
		return classes;
	}

	private Function<Enum<?>, String> labels() {
		return (value) -> CsvChoices.label(this.messages, value);
	}

	private static String key(String name, String furigana, LocalDate birthDate) {
		return normal(name) + "|" + ((birthDate != null) ? birthDate.toString() : "?" + normal(furigana));
	}

	private static String normal(String text) {
		return Objects.requireNonNullElse(text, "").replaceAll("[\\s　]", "");
	}

	private record Pending(Driver driver, DriverForm form) {
	}

}
