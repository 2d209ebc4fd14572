package jp.kyogikai.statistics;

import java.util.List;
import java.util.Optional;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import jp.kyogikai.statistics.StatisticsService.MunicipalityYears;
import jp.kyogikai.statistics.StatisticsService.YearRejectedException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The years of a municipality's statistics, a year's tables, starting and deleting a
 * year.
 */
@Controller
@RequestMapping("/statistics")
class StatisticsController {

	private final StatisticsService statistics;

	private final StatisticsLabels labels;

	StatisticsController(StatisticsService statistics, StatisticsLabels labels) {
		this.statistics = statistics;
		this.labels = labels;
	}

	@GetMapping
	String index(@AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "municipality", required = false) Long municipality, Model model) {
		List<MunicipalityYears> municipalities = this.statistics.index(user, municipality);
		model.addAttribute("municipalities", municipalities);
		if (municipality != null || !user.is(Role.ADMIN)) {
			MunicipalityYears one = municipalities.get(0);
			model.addAttribute("single", one);
			model.addAttribute("creatable", this.statistics.creatableYears(one.municipalityId(), user));
			model.addAttribute("suggested", this.statistics.currentFiscalYear());
			model.addAttribute("query", StatisticsLinks.query(one.municipalityId(), user));
		}
		return "statistics/index";
	}

	@PostMapping
	String create(@AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "municipality", required = false) Long municipality,
			@RequestParam("fiscalYear") int fiscalYear,
			@RequestParam(name = "copyPrevious", defaultValue = "false") boolean copyPrevious,
			RedirectAttributes redirect) {
		Long id = StatisticsLinks.municipality(municipality, user);
		FiscalYear year = StatisticsLinks.fiscalYear(fiscalYear);
		long municipalityId = this.statistics.municipality(id, user).getId();
		try {
			Optional<FiscalYear> copied = this.statistics.create(municipalityId, year, copyPrevious, user);
			redirect.addFlashAttribute("flashMessageText",
					copied.map((from) -> this.labels.text("flash.statistics.copied", year.label(), from.label()))
						.orElseGet(() -> this.labels.text("flash.statistics.created", year.label())));
			return "redirect:" + StatisticsLinks.year(municipalityId, year, user);
		}
		catch (YearRejectedException ex) {
			redirect.addFlashAttribute("flashErrorText", this.labels.text(ex.code(), ex.year()));
			return "redirect:/statistics" + StatisticsLinks.query(municipalityId, user);
		}
	}

	@GetMapping("/{year}")
	String show(@PathVariable int year, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "municipality", required = false) Long municipality, Model model) {
		YearStatistics statistics = this.statistics.year(StatisticsLinks.municipality(municipality, user),
				StatisticsLinks.fiscalYear(year), user);
		model.addAttribute("statistics", statistics);
		model.addAttribute("base", StatisticsLinks.base(statistics.fiscalYear()));
		model.addAttribute("query", StatisticsLinks.query(statistics.municipalityId(), user));
		return "statistics/show";
	}

	@PostMapping("/{year}/delete")
	String delete(@PathVariable int year, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "municipality", required = false) Long municipality, RedirectAttributes redirect) {
		Long id = StatisticsLinks.municipality(municipality, user);
		FiscalYear fiscalYear = StatisticsLinks.fiscalYear(year);
		this.statistics.delete(id, fiscalYear, user);
		redirect.addFlashAttribute("flashMessageText",
				this.labels.text("flash.statistics.deleted", fiscalYear.label()));
		return "redirect:/statistics" + StatisticsLinks.query(id, user);
	}

}
