package jp.kyogikai.fare;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An OPERATOR user's page of its own agreed fares, read-only.
 */
@Controller
class FarePortalController {

	private final FareService fares;

	FarePortalController(FareService fares) {
		this.fares = fares;
	}

	@GetMapping("/operator-portal/fares")
	String show(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		if (user.operatorId() == null) {
			throw new FareNotFoundException("operator");
		}
		long id = user.operatorId();
		model.addAttribute("detail", this.fares.operator(id, user));
		model.addAttribute("history", this.fares.history(id, user));
		return "fares/portal";
	}

}
