package jp.kyogikai.operator;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such operator, or not one the user may see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OperatorNotFoundException extends RuntimeException {

	public OperatorNotFoundException(long id) {
		super("運送主体が見つかりません: " + id);
	}

}
