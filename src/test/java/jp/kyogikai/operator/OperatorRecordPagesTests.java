package jp.kyogikai.operator;

import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The flow every registry's pages share, on a registry of plain texts: the access check
 * comes first, a form with problems is shown again and nothing is saved, a save goes back
 * to the list with its flash message, a stale version and the refusals the registry knows
 * are put on the form, anything else passes on.
 */
class OperatorRecordPagesTests {

	static final String BASE = "/operators/7/notes";

	static final AccountPrincipal STAFF = new AccountPrincipal(1, "staff", null, "職員", Role.SECRETARIAT, 1L, null, null,
			"テスト市", true);

	final Notes notes = new Notes();

	final NotePages pages = new NotePages(this.notes);

	final ExtendedModelMap model = new ExtendedModelMap();

	final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	@Test
	void aNewRecordIsSavedAfterTheAccessCheckAndTheListShowsTheFlashMessage() {
		Note note = new Note("予定");
		String view = this.pages.create(7, STAFF, BASE, note, errors(note), this.model, this.redirect);
		assertThat(view).isEqualTo("redirect:" + BASE);
		assertThat(this.redirect.getFlashAttributes().get("flashMessage")).isEqualTo("flash.note.added");
		assertThat(this.notes.calls).containsExactly("operator 7", "add 予定");
	}

	@Test
	void aFormWithProblemsIsShownAgainAndNothingIsSaved() {
		Note note = new Note("");
		BeanPropertyBindingResult errors = errors(note);
		String view = this.pages.create(7, STAFF, BASE, note, errors, this.model, this.redirect);
		assertThat(view).isEqualTo("notes/form");
		assertThat(errors.getFieldError("text").getCode()).isEqualTo("note.text.blank");
		assertThat(this.model).containsEntry("noteId", null)
			.containsEntry("base", BASE)
			.containsEntry("staffView", true)
			.containsKey("detail");
		assertThat(this.notes.calls).containsExactly("operator 7", "operator 7");
		assertThat(this.redirect.getFlashAttributes()).isEmpty();
	}

	@Test
	void aRecordSomeoneSavedFirstIsRefusedAsStale() {
		Note note = new Note("古い版");
		this.notes.failure = new ObjectOptimisticLockingFailureException(Note.class, 3L);
		BeanPropertyBindingResult errors = errors(note);
		String view = this.pages.update(7, 3, STAFF, "/operator-portal/notes", note, errors, this.model, this.redirect);
		assertThat(view).isEqualTo("notes/form");
		assertThat(errors.getGlobalError().getCode()).isEqualTo("stale");
		assertThat(this.model).containsEntry("noteId", 3L).containsEntry("staffView", false);
		assertThat(this.notes.calls).containsExactly("operator 7", "form 3", "update 3 古い版", "operator 7");
	}

	@Test
	void aRefusalTheRegistryKnowsIsPutOnTheFormAndAnyOtherPassesOn() {
		Note note = new Note("重複");
		this.notes.failure = new DuplicateException();
		BeanPropertyBindingResult errors = errors(note);
		assertThat(this.pages.create(7, STAFF, BASE, note, errors, this.model, this.redirect)).isEqualTo("notes/form");
		assertThat(errors.getFieldError("text").getCode()).isEqualTo("note.text.duplicate");
		this.notes.failure = new IllegalStateException("想定外");
		assertThatThrownBy(() -> this.pages.update(7, 3, STAFF, BASE, note, errors(note), this.model, this.redirect))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theAccessCheckComesBeforeAnything() {
		this.notes.denied = true;
		Note note = new Note("乗っ取り");
		assertThatThrownBy(() -> this.pages.create(7, STAFF, BASE, note, errors(note), this.model, this.redirect))
			.isInstanceOf(OperatorNotFoundException.class);
		assertThatThrownBy(() -> this.pages.update(7, 3, STAFF, BASE, note, errors(note), this.model, this.redirect))
			.isInstanceOf(OperatorNotFoundException.class);
		assertThatThrownBy(() -> this.pages.delete(7, 3, STAFF, BASE, this.redirect))
			.isInstanceOf(OperatorNotFoundException.class);
		assertThat(this.notes.calls).noneMatch((call) -> call.startsWith("add") || call.startsWith("update"));
	}

	@Test
	void aDeletionIsConfirmedWithTheRecordsFactsAndGoesBackToTheList() {
		assertThat(this.pages.confirmDelete(7, 3, STAFF, BASE, this.model)).isEqualTo("records/delete");
		assertThat(this.model).containsEntry("deleteTitle", "note.delete.title")
			.containsEntry("deleteFacts", List.of("記録3"))
			.containsEntry("deleteAction", BASE + "/3/delete")
			.containsEntry("listTitle", "notes.title");
		assertThat(this.pages.delete(7, 3, STAFF, BASE, this.redirect)).isEqualTo("redirect:" + BASE);
		assertThat(this.redirect.getFlashAttributes().get("flashMessage")).isEqualTo("flash.note.deleted");
		assertThat(this.notes.calls).contains("delete 3");
	}

	@Test
	void aPortalUserOfNoOperatorGets404() {
		AccountPrincipal orphan = new AccountPrincipal(2, "orphan", null, "運送主体", Role.OPERATOR, null, null, null, null,
				true);
		assertThatThrownBy(() -> OperatorRecordPages.own(orphan)).isInstanceOf(OperatorNotFoundException.class);
		AccountPrincipal own = new AccountPrincipal(3, "own", null, "運送主体", Role.OPERATOR, null, 7L, null, null, true);
		assertThat(OperatorRecordPages.own(own)).isEqualTo(7);
	}

	private static BeanPropertyBindingResult errors(Note note) {
		return new BeanPropertyBindingResult(note, "noteForm");
	}

	static final class Note {

		private String text;

		Note(String text) {
			this.text = text;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	static final class DuplicateException extends RuntimeException {

	}

	/**
	 * A registry that records what it is asked and fails as a test tells it to.
	 */
	static final class Notes implements OperatorRecords<Note> {

		final List<String> calls = new ArrayList<>();

		boolean denied;

		RuntimeException failure;

		@Override
		public OperatorDetail operator(long operatorId, AccountPrincipal user) {
			this.calls.add("operator " + operatorId);
			if (this.denied) {
				throw new OperatorNotFoundException(operatorId);
			}
			return new OperatorDetail(null, List.of(), List.of(), null, false, false, null);
		}

		@Override
		public Note form(long operatorId, long recordId, AccountPrincipal user) {
			operator(operatorId, user);
			this.calls.add("form " + recordId);
			return new Note("記録" + recordId);
		}

		@Override
		public void add(long operatorId, AccountPrincipal user, Note form) {
			fail();
			this.calls.add("add " + form.getText());
		}

		@Override
		public void update(long operatorId, long recordId, AccountPrincipal user, Note form) {
			this.calls.add("update " + recordId + " " + form.getText());
			fail();
		}

		@Override
		public void delete(long operatorId, long recordId, AccountPrincipal user) {
			operator(operatorId, user);
			this.calls.add("delete " + recordId);
		}

		private void fail() {
			if (this.failure != null) {
				throw this.failure;
			}
		}

	}

	static final class NotePages extends OperatorRecordPages<Note> {

		private final Notes notes;

		NotePages(Notes notes) {
			super(notes, () -> new Note(""),
					Names.of("notes/form", "noteForm", "noteId", "notes.title")
						.flash("flash.note.added", "flash.note.updated", "flash.note.deleted")
						.deletePage("note.delete.title"));
			this.notes = notes;
		}

		@Override
		protected void check(Note form, Errors errors) {
			if (form.getText().isBlank()) {
				errors.rejectValue("text", "note.text.blank");
			}
		}

		@Override
		protected boolean rejected(RuntimeException ex, Errors errors) {
			if (ex instanceof DuplicateException) {
				errors.rejectValue("text", "note.text.duplicate");
				return true;
			}
			return false;
		}

		@Override
		protected List<String> deleteFacts(long operatorId, long recordId, AccountPrincipal user) {
			return List.of(this.notes.form(operatorId, recordId, user).getText());
		}

	}

}
