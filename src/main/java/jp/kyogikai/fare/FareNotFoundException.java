package jp.kyogikai.fare;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such municipality or taxi fare, or not one the user may see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class FareNotFoundException extends RuntimeException {

	FareNotFoundException(String what) {
		super("見つかりません: " + what);
	}

}
