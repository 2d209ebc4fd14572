package jp.kyogikai.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.operator.OperatorRecordPages;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * The complaint pages shared by staff ({@code /operators/{id}/complaints}) and the
 * operator portal ({@code /operator-portal/complaints}); {@code base} is the list's URL.
 */
@Component
class ComplaintPages extends OperatorRecordPages<ComplaintForm> {

	private final ComplaintService complaints;

	private final Clock clock;

	ComplaintPages(ComplaintService complaints, Clock clock) {
		super(complaints, ComplaintForm::new,
				Names.of("complaints/form", "complaintForm", "complaintId", "complaints.title")
					.flash("flash.complaint.added", "flash.complaint.updated", "flash.complaint.deleted")
					.deletePage("complaint.delete.title"));
		this.complaints = complaints;
		this.clock = clock;
	}

	String list(long operatorId, AccountPrincipal user, String base, Model model) {
		List<Complaint> found = this.complaints.list(operatorId, user);
		model.addAttribute("complaints", found);
		model.addAttribute("editable",
				found.stream()
					.filter((complaint) -> this.complaints.mayChange(complaint, user))
					.map(Complaint::getId)
					.toList());
		return page(operatorId, user, base, model, "complaints/index");
	}

	@Override
	protected void check(ComplaintForm form, Errors errors) {
		form.check(errors, LocalDate.now(this.clock));
	}

	@Override
	protected List<String> deleteFacts(long operatorId, long complaintId, AccountPrincipal user) {
		Complaint complaint = this.complaints.editable(operatorId, complaintId, user);
		return List.of(Wareki.format(complaint.getReceivedOn()), complaint.getContent());
	}

}
