package jp.kyogikai.statistics;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No statistics of this year for the municipality, or a municipality the user may not
 * see: the same 404 either way.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StatisticsNotFoundException extends RuntimeException {

	StatisticsNotFoundException(String what) {
		super("統計が見つかりません: " + what);
	}

}
