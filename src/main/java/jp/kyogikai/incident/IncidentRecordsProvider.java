package jp.kyogikai.incident;

import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.operator.IncidentCounts;
import jp.kyogikai.operator.IncidentRecords;
import jp.kyogikai.operator.rule.PeriodEvent;
import jp.kyogikai.operator.rule.PeriodEventKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator module's view of this one's records: the serious accidents and
 * administrative actions that decide a renewal's length, and the counts on the operator's
 * page. The operator service has checked access before asking.
 */
@Component
@Transactional(readOnly = true)
class IncidentRecordsProvider implements IncidentRecords {

	private final AccidentRepository accidents;

	private final ComplaintRepository complaints;

	private final AdministrativeActionRepository actions;

	IncidentRecordsProvider(AccidentRepository accidents, ComplaintRepository complaints,
			AdministrativeActionRepository actions) {
		this.accidents = accidents;
		this.complaints = complaints;
		this.actions = actions;
	}

	@Override
	public List<PeriodEvent> periodEvents(long operatorId) {
		List<PeriodEvent> events = new ArrayList<>();
		for (Accident accident : this.accidents.findByOperatorIdAndSeriousTrue(operatorId)) {
			events.add(new PeriodEvent(PeriodEventKind.SERIOUS_ACCIDENT, accident.getOccurredOn()));
		}
		for (AdministrativeAction action : this.actions.findByOperatorIdOrderByActedOnDescIdDesc(operatorId)) {
			events.add(new PeriodEvent(action.getKind().periodEventKind(), action.getActedOn()));
		}
		return events;
	}

	@Override
	public IncidentCounts counts(long operatorId) {
		return new IncidentCounts(this.accidents.countByOperatorId(operatorId),
				this.accidents.countByOperatorIdAndSeriousTrue(operatorId),
				this.complaints.countByOperatorId(operatorId),
				this.complaints.countByOperatorIdAndResolvedOnIsNull(operatorId),
				this.actions.countByOperatorId(operatorId));
	}

}
