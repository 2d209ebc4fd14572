package jp.kyogikai.incident;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such accident, complaint or administrative action of the operator, or not one the
 * user may see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class IncidentNotFoundException extends RuntimeException {

	IncidentNotFoundException(long id) {
		super("記録が見つかりません: " + id);
	}

}
