package jp.kyogikai.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * An import all or nothing through a feature's form: the upload is read against the
 * feature's columns; each row is matched to a record, put on the record's form and
 * checked exactly as the form is on its page (Bean Validation and the form's own checks),
 * and checked against the rows before it; only when no row has a problem are the records
 * added and changed, inside the caller's transaction. The feature says how in
 * {@link ImportRows}.
 */
@Component
public class FormImport {

	private final MessageSource messages;

	private final SmartValidator validator;

	FormImport(MessageSource messages, Validator validator) {
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * Imports a file.
	 * @param <R> the record
	 * @param <F> its form
	 * @param filename the name the browser sent
	 * @param content the file
	 * @param rows how the feature's records come in
	 * @return how many records were added, changed and left as they were, or every
	 * problem (and nothing changed)
	 */
	public <R, F> ImportResult run(String filename, byte[] content, ImportRows<R, F> rows) {
		ImportErrors errors = new ImportErrors(this.messages);
		CsvSheet sheet;
		try {
			sheet = ExcelCsv.read(filename, content, rows.columns(), true);
		}
		catch (CsvFileException ex) {
			errors.reject(ex);
			return errors.result();
		}
		Map<Object, Long> firstLines = new HashMap<>();
		List<Pending<R, F>> pending = new ArrayList<>();
		for (CsvRow row : sheet.rows()) {
			R record = rows.match(row, errors);
			F form = rows.form(record);
			rows.fill(form, row, errors);
			BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, rows.formName());
			this.validator.validate(form, result);
			rows.check(form, result);
			errors.reject(row.line(), result, rows::columnOf);
			Long first = null;
			for (Object key : rows.keys(row, record, form)) {
				first = firstLines.putIfAbsent(key, row.line());
				if (first != null) {
					break;
				}
			}
			if (first != null) {
				rows.repeated(row, first, errors);
			}
			pending.add(new Pending<>(record, form));
		}
		if (!errors.isEmpty()) {
			return errors.result();
		}
		return save(pending, rows);
	}

	private static <R, F> ImportResult save(List<Pending<R, F>> pending, ImportRows<R, F> rows) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Pending<R, F> p : pending) {
			if (p.record() == null) {
				rows.add(p.form());
				created++;
			}
			else {
				List<Object> before = rows.row(p.record());
				rows.update(p.record(), p.form());
				if (before.equals(rows.row(p.record()))) {
					unchanged++;
				}
				else {
					updated++;
				}
			}
		}
		return ImportResult.done(created, updated, unchanged);
	}

	private record Pending<R, F>(R record, F form) {
	}

}
