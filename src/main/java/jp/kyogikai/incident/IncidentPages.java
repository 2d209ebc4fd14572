package jp.kyogikai.incident;

import jp.kyogikai.operator.OperatorDetail;

import org.springframework.ui.Model;

/**
 * What every incident page of an operator shows besides its own content.
 */
final class IncidentPages {

	private IncidentPages() {
	}

	static String page(OperatorDetail detail, String base, Model model, String view) {
		model.addAttribute("detail", detail);
		model.addAttribute("base", base);
		model.addAttribute("staffView", base.startsWith("/operators/"));
		return view;
	}

	static long own(Long operatorId) {
		if (operatorId == null) {
			throw new IncidentNotFoundException(-1);
		}
		return operatorId;
	}

}
