package jp.kyogikai.operator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes an operator's record without a signed-in user (installation and demo data):
 * its registration, offices and managers. The caller vouches for the operator and checks
 * the forms.
 */
@Service
@Transactional
public class OperatorSetupService {

	private final OperatorRepository operators;

	private final OfficeRepository offices;

	private final OperationManagerRepository managers;

	OperatorSetupService(OperatorRepository operators, OfficeRepository offices, OperationManagerRepository managers) {
		this.operators = operators;
		this.offices = offices;
		this.managers = managers;
	}

	/**
	 * The record as the edit form starts it, to change some of its fields.
	 * @param operatorId the operator
	 * @return the form
	 */
	@Transactional(readOnly = true)
	public OperatorForm form(long operatorId) {
		return OperatorForm.of(operator(operatorId));
	}

	/**
	 * Saves the record as the form describes it.
	 * @param operatorId the operator
	 * @param form the record, checked by the caller
	 */
	public void update(long operatorId, OperatorForm form) {
		Operator operator = operator(operatorId);
		operator.update(form);
		this.operators.saveAndFlush(operator);
	}

	/**
	 * Adds an office at the end of the operator's list.
	 * @param operatorId the operator
	 * @param form the office
	 * @return the new office's id
	 */
	public long addOffice(long operatorId, OfficeForm form) {
		Operator operator = operator(operatorId);
		int next = this.offices.findByOperatorIdOrderBySortOrderAscIdAsc(operatorId)
			.stream()
			.mapToInt(Office::getSortOrder)
			.max()
			.orElse(0) + 1;
		return this.offices.saveAndFlush(new Office(operator, form.strippedName(), form.strippedLocation(), next))
			.getId();
	}

	/**
	 * Adds a 運行管理の責任者 or 整備管理の責任者 at the end of the operator's list.
	 * @param operatorId the operator
	 * @param form the manager; its office, when given, must be the operator's
	 * @throws OperatorNotFoundException when the office is not the operator's
	 */
	public void addManager(long operatorId, ManagerForm form) {
		Operator operator = operator(operatorId);
		if (form.getOfficeId() != null
				&& this.offices.findByIdAndOperatorId(form.getOfficeId(), operatorId).isEmpty()) {
			throw new OperatorNotFoundException(operatorId);
		}
		int next = this.managers.findByOperatorIdOrderBySortOrderAscIdAsc(operatorId)
			.stream()
			.mapToInt(OperationManager::getSortOrder)
			.max()
			.orElse(0) + 1;
		this.managers.save(new OperationManager(operator, form.getOfficeId(), form.getName().strip(), form.getRole(),
				form.isQualified(), form.isCertified(), next));
	}

	private Operator operator(long operatorId) {
		return this.operators.findById(operatorId).orElseThrow(() -> new OperatorNotFoundException(operatorId));
	}

}
