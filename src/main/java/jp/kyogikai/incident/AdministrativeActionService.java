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
 * The administrative actions (行政処分) against an operator, kept by staff of its
 * municipality (ADMIN any). The operator is checked through
 * {@link OperatorService#detail}; anyone else gets a 404.
 */
@Service
@Transactional(readOnly = true)
public class AdministrativeActionService implements OperatorRecords<AdministrativeActionForm> {

	private final AdministrativeActionRepository actions;

	private final OperatorService operators;

	AdministrativeActionService(AdministrativeActionRepository actions, OperatorService operators) {
		this.actions = actions;
		this.operators = operators;
	}

	/**
	 * The operator, checked for a staff user.
	 * @param operatorId the operator
	 * @param user the signed-in user
	 * @return its record
	 * @throws IncidentNotFoundException for users other than staff and the administrator
	 */
	@Override
	public OperatorDetail operator(long operatorId, AccountPrincipal user) {
		if (!user.is(Role.ADMIN) && !user.is(Role.SECRETARIAT)) {
			throw new IncidentNotFoundException(operatorId);
		}
		return this.operators.detail(operatorId, user);
	}

	/**
	 * The operator's administrative actions, the latest first.
	 * @param operatorId the operator
	 * @param user the signed-in staff user
	 * @return the actions
	 */
	public List<AdministrativeAction> list(long operatorId, AccountPrincipal user) {
		operator(operatorId, user);
		return this.actions.findByOperatorIdOrderByActedOnDescIdDesc(operatorId);
	}

	public AdministrativeAction get(long operatorId, long actionId, AccountPrincipal user) {
		operator(operatorId, user);
		return find(operatorId, actionId);
	}

	@Override
	public AdministrativeActionForm form(long operatorId, long actionId, AccountPrincipal user) {
		return AdministrativeActionForm.of(get(operatorId, actionId, user));
	}

	@Override
	@Transactional
	public void add(long operatorId, AccountPrincipal user, AdministrativeActionForm form) {
		operator(operatorId, user);
		AdministrativeAction action = new AdministrativeAction(operatorId);
		action.update(form);
		this.actions.saveAndFlush(action);
	}

	/**
	 * Saves changes to an administrative action.
	 * @throws ObjectOptimisticLockingFailureException when someone saved first
	 */
	@Override
	@Transactional
	public void update(long operatorId, long actionId, AccountPrincipal user, AdministrativeActionForm form) {
		AdministrativeAction action = get(operatorId, actionId, user);
		if (action.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(AdministrativeAction.class, actionId);
		}
		action.update(form);
		this.actions.saveAndFlush(action);
	}

	@Override
	@Transactional
	public void delete(long operatorId, long actionId, AccountPrincipal user) {
		this.actions.delete(get(operatorId, actionId, user));
	}

	private AdministrativeAction find(long operatorId, long actionId) {
		return this.actions.findByIdAndOperatorId(actionId, operatorId)
			.orElseThrow(() -> new IncidentNotFoundException(actionId));
	}

}
