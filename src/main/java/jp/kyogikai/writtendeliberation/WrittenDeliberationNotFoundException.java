package jp.kyogikai.writtendeliberation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such 書面協議, or not one the user may see: a 404 like an unknown id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class WrittenDeliberationNotFoundException extends RuntimeException {

	WrittenDeliberationNotFoundException(long id) {
		super("書面協議が見つかりません: " + id);
	}

}
