package jp.kyogikai.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint pages shared by staff ({@code /operators/{id}/complaints}) and the
 * operator portal ({@code /operator-portal/complaints}); {@code base} is the list's URL.
 */
@Component
class ComplaintPages {

	private final ComplaintService complaints;

	private final Clock clock;

	ComplaintPages(ComplaintService complaints, Clock clock) {
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
		return IncidentPages.page(this.complaints.operator(operatorId, user), base, model, "complaints/index");
	}

	String newForm(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("complaintForm", new ComplaintForm());
		return form(operatorId, user, base, model, null);
	}

	String create(long operatorId, AccountPrincipal user, String base, ComplaintForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.complaints.operator(operatorId, user);
		form.check(result, LocalDate.now(this.clock));
		if (!result.hasErrors()) {
			this.complaints.add(operatorId, user, form);
			redirect.addFlashAttribute("flashMessage", "flash.complaint.added");
			return "redirect:" + base;
		}
		return form(operatorId, user, base, model, null);
	}

	String editForm(long operatorId, long complaintId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("complaintForm", this.complaints.form(operatorId, complaintId, user));
		return form(operatorId, user, base, model, complaintId);
	}

	String update(long operatorId, long complaintId, AccountPrincipal user, String base, ComplaintForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.complaints.form(operatorId, complaintId, user);
		form.check(result, LocalDate.now(this.clock));
		if (!result.hasErrors()) {
			try {
				this.complaints.update(operatorId, complaintId, user, form);
				redirect.addFlashAttribute("flashMessage", "flash.complaint.updated");
				return "redirect:" + base;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return form(operatorId, user, base, model, complaintId);
	}

	String confirmDelete(long operatorId, long complaintId, AccountPrincipal user, String base, Model model) {
		Complaint complaint = this.complaints.editable(operatorId, complaintId, user);
		model.addAttribute("deleteTitle", "complaint.delete.title");
		model.addAttribute("deleteFacts", List.of(Wareki.format(complaint.getReceivedOn()), complaint.getContent()));
		model.addAttribute("deleteAction", base + "/" + complaintId + "/delete");
		model.addAttribute("listTitle", "complaints.title");
		return IncidentPages.page(this.complaints.operator(operatorId, user), base, model, "incidents/delete");
	}

	String delete(long operatorId, long complaintId, AccountPrincipal user, String base, RedirectAttributes redirect) {
		this.complaints.delete(operatorId, complaintId, user);
		redirect.addFlashAttribute("flashMessage", "flash.complaint.deleted");
		return "redirect:" + base;
	}

	private String form(long operatorId, AccountPrincipal user, String base, Model model, Long complaintId) {
		model.addAttribute("complaintId", complaintId);
		return IncidentPages.page(this.complaints.operator(operatorId, user), base, model, "complaints/form");
	}

}
