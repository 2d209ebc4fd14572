package jp.kyogikai.minutes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No minutes here, or minutes not (yet) published on a public page: a 404 like an unknown
 * id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class MinutesNotFoundException extends RuntimeException {

	MinutesNotFoundException(String what) {
		super("見つかりません: " + what);
	}

}
