package jp.kyogikai.incident;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters accidents and complaints without a signed-in user (demo data), as if the
 * operator had reported them in its portal.
 */
@Service
@Transactional
public class IncidentSetupService {

	private final AccidentRepository accidents;

	private final ComplaintRepository complaints;

	IncidentSetupService(AccidentRepository accidents, ComplaintRepository complaints) {
		this.accidents = accidents;
		this.complaints = complaints;
	}

	public void reportAccident(long operatorId, AccidentForm form) {
		Accident accident = new Accident(operatorId, true);
		accident.update(form);
		this.accidents.save(accident);
	}

	public void reportComplaint(long operatorId, ComplaintForm form) {
		Complaint complaint = new Complaint(operatorId, true);
		complaint.update(form);
		this.complaints.save(complaint);
	}

}
