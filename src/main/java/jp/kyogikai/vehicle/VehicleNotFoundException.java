package jp.kyogikai.vehicle;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such vehicle of the operator, or not one the user may see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class VehicleNotFoundException extends RuntimeException {

	VehicleNotFoundException(long id) {
		super("車両が見つかりません: " + id);
	}

}
