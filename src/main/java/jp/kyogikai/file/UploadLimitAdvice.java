package jp.kyogikai.file;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A request larger than Spring's multipart limits
 * ({@code spring.servlet.multipart.max-file-size}, a little above
 * {@code kyogikai.files.max-size}) never reaches a controller. Instead of a 500, the user
 * goes back to the page the form was on with a Japanese message (or, without a usable
 * {@code Referer}, sees that message on a page of its own with 413). Nothing is stored.
 */
@ControllerAdvice
class UploadLimitAdvice {

	static final String MESSAGE = "file.tooLargeForServer";

	private final StoredFileService files;

	private final MessageSource messages;

	UploadLimitAdvice(StoredFileService files, MessageSource messages) {
		this.files = files;
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, Principal principal) {
		String message = this.messages.getMessage(MESSAGE, new Object[] { this.files.limitText() }, Locale.JAPAN);
		String back = samePageBack(request);
		if (back != null) {
			RequestContextUtils.getOutputFlashMap(request).put("flashErrorText", message);
			return new ModelAndView(new RedirectView(back, false));
		}
		ModelAndView page = new ModelAndView("files/too-large", HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("message", message);
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof AccountPrincipal user) {
			page.addObject("currentUser", user);
		}
		return page;
	}

	/**
	 * The path of the page the form was sent from, when the {@code Referer} names this
	 * server; never another site (no open redirect), never the query.
	 * @param request the failed request
	 * @return the path, {@code null} when there is none to go back to
	 */
	static String samePageBack(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null || referer.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(referer);
			String path = uri.getRawPath();
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName()) || path == null
					|| !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			return path;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
