package jp.kyogikai.operator;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The secretariat's list of operators with their registration expiry.
 */
@Controller
@RequestMapping("/operators")
class OperatorController {

	private final OperatorService operators;

	OperatorController(OperatorService operators) {
		this.operators = operators;
	}

	@GetMapping
	String index(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("operators", this.operators.operatorsFor(user));
		return "operators/index";
	}

}
