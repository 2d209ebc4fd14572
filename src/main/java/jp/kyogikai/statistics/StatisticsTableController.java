package jp.kyogikai.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.statistics.YearStatistics.TableView;
import jp.kyogikai.statistics.rule.MatrixLayout;
import jp.kyogikai.statistics.rule.Position;
import jp.kyogikai.statistics.rule.StatisticsSection;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The edit page of one table of a year: its 時点 and its counts or companies.
 */
@Controller
@RequestMapping("/statistics/{year}/tables/{table}")
class StatisticsTableController {

	private final StatisticsService statistics;

	private final StatisticsLabels labels;

	StatisticsTableController(StatisticsService statistics, StatisticsLabels labels) {
		this.statistics = statistics;
		this.labels = labels;
	}

	@GetMapping
	String edit(@PathVariable int year, @PathVariable String table, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "municipality", required = false) Long municipality, Model model) {
		StatisticsSection section = section(table);
		YearStatistics statistics = this.statistics.year(StatisticsLinks.municipality(municipality, user),
				StatisticsLinks.fiscalYear(year), user);
		model.addAttribute("tableForm", TableForm.of(statistics.table(section)));
		return page(statistics, section, user, model);
	}

	@PostMapping
	String save(@PathVariable int year, @PathVariable String table, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "municipality", required = false) Long municipality,
			@Valid @ModelAttribute TableForm tableForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		StatisticsSection section = section(table);
		FiscalYear fiscalYear = StatisticsLinks.fiscalYear(year);
		YearStatistics statistics = this.statistics.year(StatisticsLinks.municipality(municipality, user), fiscalYear,
				user);
		long municipalityId = statistics.municipalityId();
		try {
			if (section.hasFigures()) {
				Map<Position, Long> counts = tableForm.counts(section, result, this.labels);
				if (counts != null) {
					this.statistics.saveFigures(municipalityId, fiscalYear, section, user, tableForm.getAsOf(),
							tableForm.getVersion(), counts);
					return saved(statistics, section, user, redirect);
				}
			}
			else {
				List<CompanyLine> lines = tableForm.companyLines(section, result, this.labels);
				if (lines != null) {
					this.statistics.saveCompanies(municipalityId, fiscalYear, section, user, tableForm.getAsOf(),
							tableForm.getVersion(), lines);
					return saved(statistics, section, user, redirect);
				}
			}
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("stale");
		}
		if (!section.hasFigures()) {
			long blankAtEnd = 0;
			for (int i = tableForm.getCompanies().size() - 1; i >= 0
					&& (tableForm.getCompanies().get(i) == null || tableForm.getCompanies().get(i).blank()); i--) {
				blankAtEnd++;
			}
			for (long i = blankAtEnd; i < TableForm.BLANK_COMPANY_ROWS; i++) {
				tableForm.getCompanies().add(new TableForm.CompanyRow());
			}
		}
		return page(statistics, section, user, model);
	}

	private String saved(YearStatistics statistics, StatisticsSection section, AccountPrincipal user,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessageText",
				this.labels.text("flash.statistics.saved", this.labels.title(section)));
		return "redirect:" + StatisticsLinks.year(statistics.municipalityId(), statistics.fiscalYear(), user) + "#"
				+ section.slug();
	}

	private String page(YearStatistics statistics, StatisticsSection section, AccountPrincipal user, Model model) {
		TableView table = statistics.table(section);
		model.addAttribute("statistics", statistics);
		model.addAttribute("table", table);
		model.addAttribute("base", StatisticsLinks.base(statistics.fiscalYear()));
		model.addAttribute("query", StatisticsLinks.query(statistics.municipalityId(), user));
		if (section.hasFigures()) {
			MatrixLayout layout = section.matrix();
			model.addAttribute("columns",
					layout.columns().stream().map((c) -> this.labels.column(section, c)).toList());
			List<EditRow> rows = new ArrayList<>();
			for (String row : layout.rows()) {
				List<EditCell> cells = layout.columns()
					.stream()
					.map((column) -> new Position(row, column))
					.map((position) -> new EditCell(TableForm.key(position), this.labels.cell(section, position)))
					.toList();
				rows.add(new EditRow(this.labels.row(section, row), layout.isPart(row), cells));
			}
			model.addAttribute("rows", rows);
		}
		return "statistics/table";
	}

	private static StatisticsSection section(String slug) {
		return StatisticsSection.bySlug(slug).orElseThrow(() -> new StatisticsNotFoundException(slug));
	}

	/**
	 * An entered row of the edit page.
	 *
	 * @param label the row's label
	 * @param part whether it is part of a sub-total (indented)
	 * @param cells its cells
	 */
	record EditRow(String label, boolean part, List<EditCell> cells) {

	}

	/**
	 * A cell of the edit page.
	 *
	 * @param key the form's key ({@code ROW-COLUMN})
	 * @param name the cell's name for screen readers (第2号被保険者・要介護3)
	 */
	record EditCell(String key, String name) {

	}

}
