package jp.kyogikai.web;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user into every page's model for the layout's header and navigation.
 */
@ControllerAdvice
class GlobalModelAdvice {

	@ModelAttribute("currentUser")
	AccountPrincipal currentUser(@AuthenticationPrincipal AccountPrincipal user) {
		return user;
	}

}
