package jp.kyogikai.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. A signed-in user who opens it goes to the dashboard.
 */
@Controller
class LoginController {

	private final LoginProperties properties;

	LoginController(LoginProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/login")
	String login(Authentication authentication, Model model) {
		model.addAttribute("lockMinutes", Math.max(1, this.properties.lockDuration().toMinutes()));
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/";
		}
		return "login";
	}

}
