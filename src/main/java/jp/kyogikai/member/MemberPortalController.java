package jp.kyogikai.member;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What a member sees of its own councils: the current roster. Another council's is a 404.
 */
@Controller
@RequestMapping("/member-portal/councils/{councilId}")
class MemberPortalController {

	private final MemberService members;

	MemberPortalController(MemberService members) {
		this.members = members;
	}

	@GetMapping("/roster")
	String roster(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("roster", this.members.roster(councilId, user, this.members.today()));
		return "members/portal-roster";
	}

}
