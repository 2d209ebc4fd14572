package jp.kyogikai.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.operator.OperatorRecordPages;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * The pages of the administrative actions (行政処分) against an operator, for staff only
 * ({@code /operators/{id}/administrative-actions}); {@code base} is the list's URL.
 */
@Component
class AdministrativeActionPages extends OperatorRecordPages<AdministrativeActionForm> {

	private final AdministrativeActionService actions;

	private final Clock clock;

	AdministrativeActionPages(AdministrativeActionService actions, Clock clock) {
		super(actions, AdministrativeActionForm::new, Names
			.of("administrative-actions/form", "administrativeActionForm", "actionId", "administrativeActions.title")
			.flash("flash.administrativeAction.added", "flash.administrativeAction.updated",
					"flash.administrativeAction.deleted")
			.deletePage("administrativeAction.delete.title"));
		this.actions = actions;
		this.clock = clock;
	}

	String list(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("actions", this.actions.list(operatorId, user));
		return page(operatorId, user, base, model, "administrative-actions/index");
	}

	@Override
	protected void check(AdministrativeActionForm form, Errors errors) {
		form.check(errors, LocalDate.now(this.clock));
	}

	@Override
	protected void formModel(long operatorId, AccountPrincipal user, Model model, Long actionId) {
		model.addAttribute("actionKinds", ActionKind.values());
	}

	@Override
	protected List<String> deleteFacts(long operatorId, long actionId, AccountPrincipal user) {
		AdministrativeAction action = this.actions.get(operatorId, actionId, user);
		return Arrays.asList(Wareki.format(action.getActedOn()), action.getSummary());
	}

}
