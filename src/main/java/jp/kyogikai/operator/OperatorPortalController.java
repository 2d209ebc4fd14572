package jp.kyogikai.operator;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An operator's own record, read-only, for its OPERATOR users.
 */
@Controller
class OperatorPortalController {

	private final OperatorService operators;

	OperatorPortalController(OperatorService operators) {
		this.operators = operators;
	}

	@GetMapping("/operator-portal/operator")
	String own(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		if (user.operatorId() == null) {
			throw new OperatorNotFoundException(-1);
		}
		model.addAttribute("detail", this.operators.detail(user.operatorId(), user));
		model.addAttribute("renewal", this.operators.renewal(user.operatorId(), user).orElse(null));
		model.addAttribute("incidentCounts", this.operators.incidentCounts(user.operatorId(), user));
		model.addAttribute("staffView", false);
		return "operators/show";
	}

}
