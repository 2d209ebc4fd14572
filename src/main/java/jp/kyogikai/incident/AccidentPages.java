package jp.kyogikai.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.operator.OperatorRecordPages;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.web.FormErrors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * The accident pages shared by staff ({@code /operators/{id}/accidents}) and the operator
 * portal ({@code /operator-portal/accidents}); {@code base} is the list's URL.
 */
@Component
class AccidentPages extends OperatorRecordPages<AccidentForm> {

	private final AccidentService accidents;

	private final Clock clock;

	AccidentPages(AccidentService accidents, Clock clock) {
		super(accidents, AccidentForm::new,
				Names.of("accidents/form", "accidentForm", "accidentId", "accidents.title")
					.flash("flash.accident.added", "flash.accident.updated", "flash.accident.deleted")
					.deletePage("accident.delete.title"));
		this.accidents = accidents;
		this.clock = clock;
	}

	String list(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("accidents", this.accidents.list(operatorId, user));
		return page(operatorId, user, base, model, "accidents/index");
	}

	@Override
	protected void check(AccidentForm form, Errors errors) {
		form.check(errors, LocalDate.now(this.clock));
	}

	@Override
	protected void formModel(long operatorId, AccountPrincipal user, Model model, Long accidentId) {
		model.addAttribute("choices", this.accidents.choices(operatorId, user));
	}

	@Override
	protected boolean rejected(RuntimeException ex, Errors errors) {
		if (ex instanceof UnknownChoiceException unknown) {
			FormErrors.reject(errors, unknown.field(), "accident.choice.unknown", List.of());
			return true;
		}
		return false;
	}

	@Override
	protected List<String> deleteFacts(long operatorId, long accidentId, AccountPrincipal user) {
		Accident accident = this.accidents.editable(operatorId, accidentId, user).accident();
		return Arrays.asList(Wareki.format(accident.getOccurredOn()) + "　" + accident.getPlace(),
				accident.getDescription());
	}

}
