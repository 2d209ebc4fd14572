package jp.kyogikai.statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A year's statistics as files: the PDF (【○○市の状況】), the CSV file out and in.
 */
@Controller
@RequestMapping("/statistics/{year}")
class StatisticsFileController {

	private final StatisticsService statistics;

	private final StatisticsImportService imports;

	private final StatisticsPdf pdf;

	private final StatisticsLabels labels;

	StatisticsFileController(StatisticsService statistics, StatisticsImportService imports, StatisticsPdf pdf,
			StatisticsLabels labels) {
		this.statistics = statistics;
		this.imports = imports;
		this.pdf = pdf;
		this.labels = labels;
	}

	@GetMapping("/statistics.csv")
	ResponseEntity<byte[]> csv(@PathVariable int year, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "municipality", required = false) Long municipality) {
		YearStatistics statistics = this.statistics.year(StatisticsLinks.municipality(municipality, user),
				StatisticsLinks.fiscalYear(year), user);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(filename(statistics, "csv"), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(StatisticsCsv.export(statistics, this.labels.agingRateWithUnit()));
	}

	@GetMapping("/statistics.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "municipality", required = false) Long municipality) {
		YearStatistics statistics = this.statistics.year(StatisticsLinks.municipality(municipality, user),
				StatisticsLinks.fiscalYear(year), user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(filename(statistics, "pdf"), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(this.pdf.render(statistics, null));
	}

	@GetMapping("/import")
	String importForm(@PathVariable int year, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "municipality", required = false) Long municipality, Model model) {
		page(StatisticsLinks.municipality(municipality, user), StatisticsLinks.fiscalYear(year), user, model);
		return "statistics/import";
	}

	@PostMapping("/import")
	String importCsv(@PathVariable int year, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "municipality", required = false) Long municipality,
			@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
		FiscalYear fiscalYear = StatisticsLinks.fiscalYear(year);
		YearStatistics statistics = page(StatisticsLinks.municipality(municipality, user), fiscalYear, user, model);
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename().toLowerCase(Locale.ROOT) : "";
		if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
			model.addAttribute("fileError", "statistics.import.notCsv");
			return "statistics/import";
		}
		StatisticsImportResult result = this.imports.importCsv(statistics.municipalityId(), fiscalYear, user,
				file.getBytes());
		if (!result.succeeded()) {
			model.addAttribute("result", result);
			return "statistics/import";
		}
		redirect.addFlashAttribute("flashMessageText",
				this.labels.text("flash.statistics.imported", result.imported()));
		return "redirect:" + StatisticsLinks.year(statistics.municipalityId(), fiscalYear, user);
	}

	private YearStatistics page(Long municipalityId, FiscalYear fiscalYear, AccountPrincipal user, Model model) {
		YearStatistics statistics = this.statistics.year(municipalityId, fiscalYear, user);
		model.addAttribute("statistics", statistics);
		model.addAttribute("base", StatisticsLinks.base(fiscalYear));
		model.addAttribute("query", StatisticsLinks.query(statistics.municipalityId(), user));
		return statistics;
	}

	static String filename(YearStatistics statistics, String extension) {
		return statistics.municipalityName() + "の状況_" + statistics.fiscalYear().label() + "." + extension;
	}

}
