package jp.kyogikai.csv;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * How one feature's records come in from a CSV file, for {@link FormImport}: the record a
 * row stands for, how the row's cells go on that record's form, the form's own checks,
 * what no two rows may share, and how a checked form is saved. An implementation serves
 * one import (it may hold the records and choices it matches rows against).
 *
 * @param <R> the record
 * @param <F> its form
 */
public interface ImportRows<R, F> {

	/**
	 * The columns the file must or may have.
	 * @return the columns
	 */
	List<CsvColumn> columns();

	/**
	 * The form's name, as its page binds it (e.g. {@code vehicleForm}), so that a problem
	 * reads as it does on the page.
	 * @return the name
	 */
	String formName();

	/**
	 * The record a row stands for.
	 * @param row the row
	 * @param errors where to record a row that cannot be matched
	 * @return the record, {@code null} for a new one (or a row that cannot be matched)
	 */
	R match(CsvRow row, ImportErrors errors);

	/**
	 * The form a row starts from, whose values stay for the columns the file leaves out.
	 * @param record the record, {@code null} for a new one
	 * @return the record's form, or an empty one
	 */
	F form(R record);

	/**
	 * Puts a row's cells on the form.
	 * @param form the form
	 * @param row the row
	 * @param errors where to record cells that cannot be read
	 */
	void fill(F form, CsvRow row, ImportErrors errors);

	/**
	 * The form's own checks, beyond Bean Validation.
	 * @param form the form
	 * @param errors the form's errors
	 */
	void check(F form, Errors errors);

	/**
	 * The column a form field is read from.
	 * @param field the field
	 * @return the column's header, {@code null} for a field no column fills
	 */
	String columnOf(String field);

	/**
	 * What no two rows may share (a plate number, the record matched), in the order they
	 * are checked: the first one an earlier row has makes this row a repeat.
	 * @param row the row
	 * @param record the record it stands for, {@code null} for a new one
	 * @param form its form, filled
	 * @return the keys, none when the row has nothing to compare
	 */
	List<?> keys(CsvRow row, R record, F form);

	/**
	 * Records that a row repeats an earlier one.
	 * @param row the row
	 * @param firstLine the row number of the earlier row
	 * @param errors where to record it
	 */
	void repeated(CsvRow row, long firstLine, ImportErrors errors);

	/**
	 * Adds a record from a checked form.
	 * @param form the form
	 */
	void add(F form);

	/**
	 * Changes a record to a checked form.
	 * @param record the record
	 * @param form the form
	 */
	void update(R record, F form);

	/**
	 * The record as the export writes it, to tell a change from none.
	 * @param record the record
	 * @return the cells
	 */
	List<Object> row(R record);

}
