package jp.kyogikai.operator;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jp.kyogikai.csv.ImportResult;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of one of an operator's registries that staff reach under
 * {@code /operators/{id}/<records>} and the operator itself under
 * {@code /operator-portal/<records>}, shared by the two controllers of each registry: the
 * new and edit forms and saving them, the page confirming a deletion and the deletion,
 * and for registries kept in spreadsheets the CSV export and import. Every page checks
 * the user through the registry's {@link OperatorRecords} first, saves through it, puts
 * the flash message named in {@link Names} and goes back to the list; a form with
 * problems is shown again with them, and a record someone saved first is refused as
 * {@code stale}. In every method {@code base} is the list's URL (staff's or the
 * portal's), which the templates use for their links and to tell staff's pages
 * ({@code staffView}).
 * <p>
 * A registry extends this with its list page, its form's own checks and whatever else its
 * pages show or do.
 *
 * @param <F> the form of a record
 */
public abstract class OperatorRecordPages<F> {

	private final OperatorRecords<F> records;

	private final Supplier<F> blank;

	private final Names names;

	private final OperatorRecordsCsv csv;

	private final MessageSource messages;

	/**
	 * Pages without CSV.
	 * @param records the registry
	 * @param blank a new record's form
	 * @param names the registry's templates, model attributes and messages
	 */
	protected OperatorRecordPages(OperatorRecords<F> records, Supplier<F> blank, Names names) {
		this(records, blank, names, null, null);
	}

	/**
	 * Pages with the CSV export and import.
	 * @param records the registry
	 * @param blank a new record's form
	 * @param names the registry's templates, model attributes and messages
	 * @param csv the registry as CSV
	 * @param messages the message source, for the message after an import
	 */
	protected OperatorRecordPages(OperatorRecords<F> records, Supplier<F> blank, Names names, OperatorRecordsCsv csv,
			MessageSource messages) {
		this.records = records;
		this.blank = blank;
		this.names = names;
		this.csv = csv;
		this.messages = messages;
	}

	/**
	 * The operator of a portal page: the signed-in OPERATOR user's own.
	 * @param user the signed-in user
	 * @return the operator's id
	 * @throws OperatorNotFoundException (404) for a user of no operator
	 */
	public static long own(AccountPrincipal user) {
		if (user.operatorId() == null) {
			throw new OperatorNotFoundException(-1);
		}
		return user.operatorId();
	}

	/**
	 * The form's own checks, beyond Bean Validation.
	 * @param form the form
	 * @param errors where to put the problems
	 */
	protected abstract void check(F form, Errors errors);

	/**
	 * What the form page shows besides the form: the choices of its selects, a record's
	 * other sections. Nothing by default.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @param model the model
	 * @param recordId the record, {@code null} for a new one
	 */
	protected void formModel(long operatorId, AccountPrincipal user, Model model, Long recordId) {
	}

	/**
	 * Puts on the form a refusal the registry's service gave when saving (a duplicate
	 * plate number, a choice that is not the operator's).
	 * @param ex what the service threw
	 * @param errors the form's errors
	 * @return {@code true} when the refusal is now on the form, {@code false} for an
	 * exception to pass on
	 */
	protected boolean rejected(RuntimeException ex, Errors errors) {
		return false;
	}

	/**
	 * The facts the page confirming a deletion lists, for registries that have that page.
	 * @param operatorId the operator
	 * @param recordId the record
	 * @param user the signed-in user, checked as for a change
	 * @return the lines
	 */
	protected List<String> deleteFacts(long operatorId, long recordId, AccountPrincipal user) {
		throw new UnsupportedOperationException("This registry has no page confirming a deletion");
	}

	public String newForm(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute(this.names.form(), this.blank.get());
		return formPage(operatorId, user, base, model, null);
	}

	public String create(long operatorId, AccountPrincipal user, String base, F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.records.operator(operatorId, user);
		check(form, result);
		if (!result.hasErrors()) {
			try {
				this.records.add(operatorId, user, form);
				return backToList(base, this.names.added(), redirect);
			}
			catch (RuntimeException ex) {
				if (!rejected(ex, result)) {
					throw ex;
				}
			}
		}
		return formPage(operatorId, user, base, model, null);
	}

	public String editForm(long operatorId, long recordId, AccountPrincipal user, String base, Model model) {
		model.addAttribute(this.names.form(), this.records.form(operatorId, recordId, user));
		return formPage(operatorId, user, base, model, recordId);
	}

	public String update(long operatorId, long recordId, AccountPrincipal user, String base, F form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.records.form(operatorId, recordId, user);
		check(form, result);
		if (!result.hasErrors()) {
			try {
				this.records.update(operatorId, recordId, user, form);
				return backToList(base, this.names.updated(), redirect);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
			catch (RuntimeException ex) {
				if (!rejected(ex, result)) {
					throw ex;
				}
			}
		}
		return formPage(operatorId, user, base, model, recordId);
	}

	/**
	 * The page that asks before a record is deleted, listing what it is.
	 */
	public String confirmDelete(long operatorId, long recordId, AccountPrincipal user, String base, Model model) {
		List<String> facts = deleteFacts(operatorId, recordId, user);
		model.addAttribute("deleteTitle", this.names.deleteTitle());
		model.addAttribute("deleteFacts", facts);
		model.addAttribute("deleteAction", base + "/" + recordId + "/delete");
		model.addAttribute("listTitle", this.names.listTitle());
		return page(operatorId, user, base, model, "records/delete");
	}

	public String delete(long operatorId, long recordId, AccountPrincipal user, String base,
			RedirectAttributes redirect) {
		this.records.delete(operatorId, recordId, user);
		return backToList(base, this.names.deleted(), redirect);
	}

	public ResponseEntity<byte[]> export(long operatorId, AccountPrincipal user) {
		return this.csv.export(operatorId, user);
	}

	public String importForm(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("columns", this.csv.columns());
		model.addAttribute("sample", this.csv.sample());
		model.addAttribute("listTitle", this.names.listTitle());
		model.addAttribute("importTitle", this.names.importTitle());
		model.addAttribute("importLead", this.names.importLead());
		return page(operatorId, user, base, model, "records/import");
	}

	/**
	 * Imports an upload all or nothing: back to the list with what was imported, or the
	 * import page again with every problem.
	 */
	public String importCsv(long operatorId, AccountPrincipal user, String base, MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		ImportResult result = this.csv.importCsv(operatorId, user, (file != null) ? file.getOriginalFilename() : null,
				(file != null) ? file.getBytes() : new byte[0]);
		if (!result.succeeded()) {
			model.addAttribute("result", result);
			return importForm(operatorId, user, base, model);
		}
		redirect.addFlashAttribute("flashMessageText", this.messages.getMessage("flash.csv.imported",
				new Object[] { result.created(), result.updated(), result.unchanged() }, Locale.JAPAN));
		return "redirect:" + base;
	}

	/**
	 * The new or edit form again, as it stands in the model.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @param base the list's URL
	 * @param model the model, holding the form
	 * @param recordId the record, {@code null} for a new one
	 * @return the view
	 */
	protected String formPage(long operatorId, AccountPrincipal user, String base, Model model, Long recordId) {
		model.addAttribute(this.names.id(), recordId);
		formModel(operatorId, user, model, recordId);
		return page(operatorId, user, base, model, this.names.formView());
	}

	/**
	 * A page of the registry: what every one shows besides its own content (the operator,
	 * the list's URL, whether staff see it), after checking the user.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @param base the list's URL
	 * @param model the model
	 * @param view the template
	 * @return the view
	 */
	protected String page(long operatorId, AccountPrincipal user, String base, Model model, String view) {
		model.addAttribute("detail", this.records.operator(operatorId, user));
		model.addAttribute("base", base);
		model.addAttribute("staffView", base.startsWith("/operators/"));
		return view;
	}

	private static String backToList(String base, String flashMessage, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", flashMessage);
		return "redirect:" + base;
	}

	/**
	 * How a registry's pages are named: its templates, model attributes and messages
	 * (each a message code).
	 *
	 * @param formView the template of the new and edit form, e.g. {@code vehicles/form}
	 * @param form the form's model attribute, as the template's {@code th:object} names
	 * it
	 * @param id the model attribute of the record's id on the form ({@code null} for a
	 * new record)
	 * @param listTitle the list's title, for the pages below it
	 * @param added the flash message after adding a record
	 * @param updated the flash message after saving a record
	 * @param deleted the flash message after deleting a record, {@code null} where
	 * records are not deleted
	 * @param deleteTitle the title of the page confirming a deletion, {@code null} where
	 * there is none
	 * @param importTitle the title of the CSV import page, {@code null} where there is
	 * none
	 * @param importLead the lead of the CSV import page
	 */
	public record Names(String formView, String form, String id, String listTitle, String added, String updated,
			String deleted, String deleteTitle, String importTitle, String importLead) {

		/**
		 * The names of a registry's form.
		 * @param formView the form's template
		 * @param form the form's model attribute
		 * @param id the record id's model attribute
		 * @param listTitle the list's title
		 * @return the names, with no flash messages yet
		 */
		public static Names of(String formView, String form, String id, String listTitle) {
			return new Names(formView, form, id, listTitle, null, null, null, null, null, null);
		}

		public Names flash(String added, String updated, String deleted) {
			return new Names(this.formView, this.form, this.id, this.listTitle, added, updated, deleted,
					this.deleteTitle, this.importTitle, this.importLead);
		}

		public Names deletePage(String deleteTitle) {
			return new Names(this.formView, this.form, this.id, this.listTitle, this.added, this.updated, this.deleted,
					deleteTitle, this.importTitle, this.importLead);
		}

		public Names importPage(String importTitle, String importLead) {
			return new Names(this.formView, this.form, this.id, this.listTitle, this.added, this.updated, this.deleted,
					this.deleteTitle, importTitle, importLead);
		}

	}

}
