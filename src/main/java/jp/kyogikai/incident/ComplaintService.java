package jp.kyogikai.incident;

import java.util.List;

import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorRecords;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator's complaints for whoever may see the operator: staff of its municipality
 * (ADMIN any) and its own OPERATOR users. Every call first checks the operator through
 * {@link OperatorService#detail}, which answers 404 to everyone else. An OPERATOR user
 * changes only the complaints it entered itself.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintService implements OperatorRecords<ComplaintForm> {

	private final ComplaintRepository complaints;

	private final OperatorService operators;

	ComplaintService(ComplaintRepository complaints, OperatorService operators) {
		this.complaints = complaints;
		this.operators = operators;
	}

	/**
	 * The operator, checked for the user.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return its record
	 */
	@Override
	public OperatorDetail operator(long operatorId, AccountPrincipal user) {
		return this.operators.detail(operatorId, user);
	}

	/**
	 * The operator's complaints, the latest first.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return the complaints
	 */
	public List<Complaint> list(long operatorId, AccountPrincipal user) {
		operator(operatorId, user);
		return this.complaints.findByOperatorIdOrderByReceivedOnDescIdDesc(operatorId);
	}

	/**
	 * Whether the user may change or delete the complaint.
	 * @param complaint one of the operator's complaints
	 * @param user the signed-in user
	 * @return {@code false} for an OPERATOR user and a complaint staff entered
	 */
	public boolean mayChange(Complaint complaint, AccountPrincipal user) {
		return !user.is(Role.OPERATOR) || complaint.isEnteredByOperator();
	}

	/**
	 * One complaint, for the page that confirms its deletion.
	 * @throws EnteredByStaffException when an operator asks for one staff entered
	 */
	public Complaint editable(long operatorId, long complaintId, AccountPrincipal user) {
		operator(operatorId, user);
		Complaint complaint = find(operatorId, complaintId);
		requireEditable(complaint, user);
		return complaint;
	}

	/**
	 * The complaint as its edit form starts.
	 * @throws EnteredByStaffException when an operator asks for one staff entered
	 */
	@Override
	public ComplaintForm form(long operatorId, long complaintId, AccountPrincipal user) {
		return ComplaintForm.of(editable(operatorId, complaintId, user));
	}

	@Override
	@Transactional
	public void add(long operatorId, AccountPrincipal user, ComplaintForm form) {
		operator(operatorId, user);
		Complaint complaint = new Complaint(operatorId, user.is(Role.OPERATOR));
		complaint.update(form);
		this.complaints.saveAndFlush(complaint);
	}

	/**
	 * Saves changes to a complaint.
	 * @throws ObjectOptimisticLockingFailureException when someone saved first
	 * @throws EnteredByStaffException when an operator changes one staff entered
	 */
	@Override
	@Transactional
	public void update(long operatorId, long complaintId, AccountPrincipal user, ComplaintForm form) {
		Complaint complaint = editable(operatorId, complaintId, user);
		if (complaint.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Complaint.class, complaintId);
		}
		complaint.update(form);
		this.complaints.saveAndFlush(complaint);
	}

	/**
	 * Deletes a complaint.
	 * @throws EnteredByStaffException when an operator deletes one staff entered
	 */
	@Override
	@Transactional
	public void delete(long operatorId, long complaintId, AccountPrincipal user) {
		this.complaints.delete(editable(operatorId, complaintId, user));
	}

	private Complaint find(long operatorId, long complaintId) {
		return this.complaints.findByIdAndOperatorId(complaintId, operatorId)
			.orElseThrow(() -> new IncidentNotFoundException(complaintId));
	}

	private void requireEditable(Complaint complaint, AccountPrincipal user) {
		if (!mayChange(complaint, user)) {
			throw new EnteredByStaffException(complaint.getId());
		}
	}

}
