package jp.kyogikai.fare;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The fares a municipality publishes (対価の公表, required on a website since 2024), for
 * anyone without signing in: each registered operator with its agreed fares. The
 * municipality is named by its 全国地方公共団体コード (e.g.
 * {@code /public/municipalities/202177/fares}).
 */
@Controller
class PublicFareController {

	private final FareService fares;

	private final Clock clock;

	PublicFareController(FareService fares, Clock clock) {
		this.fares = fares;
		this.clock = clock;
	}

	@GetMapping("/public/municipalities/{code}/fares")
	String show(@PathVariable String code, Model model) {
		if (!code.matches("[0-9]{6}")) {
			throw new FareNotFoundException("municipality " + code);
		}
		model.addAttribute("fares", this.fares.publicFaresByCode(code));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "fares/public";
	}

}
