package jp.kyogikai.driver;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such driver of the operator, or not one the user may see. The message names only the
 * id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class DriverNotFoundException extends RuntimeException {

	DriverNotFoundException(long id) {
		super("運転者が見つかりません: " + id);
	}

}
