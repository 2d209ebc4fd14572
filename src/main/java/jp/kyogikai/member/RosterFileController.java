package jp.kyogikai.member;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import jp.kyogikai.council.CouncilService;
import jp.kyogikai.csv.ExcelCsv;
import jp.kyogikai.csv.ImportResult;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The roster as files: PDF (資料No.1), CSV out and in.
 */
@Controller
@RequestMapping("/councils/{councilId}/members")
class RosterFileController {

	private final MemberService members;

	private final RosterImportService imports;

	private final CouncilService councils;

	private final MessageSource messages;

	RosterFileController(MemberService members, RosterImportService imports, CouncilService councils,
			MessageSource messages) {
		this.members = members;
		this.imports = imports;
		this.councils = councils;
		this.messages = messages;
	}

	@GetMapping("/roster.csv")
	ResponseEntity<byte[]> csv(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		Roster roster = this.members.roster(councilId, user, (date != null) ? date : this.members.today());
		byte[] body = RosterCsv.export(roster,
				(value) -> this.messages.getMessage("enum." + value.getClass().getSimpleName() + "." + value, null,
						value.toString(), Locale.JAPAN));
		return ResponseEntity.ok()
			.contentType(ExcelCsv.MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(roster, "csv"))
			.body(body);
	}

	@GetMapping("/roster.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		Roster roster = this.members.roster(councilId, user, (date != null) ? date : this.members.today());
		byte[] body = RosterPdf.render(roster, this.members.municipalityOf(councilId, user), this::label);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(roster, "pdf"))
			.body(body);
	}

	@GetMapping("/import")
	String importForm(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("council", this.councils.council(councilId, user));
		return "members/import";
	}

	@PostMapping("/import")
	String importCsv(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
		model.addAttribute("council", this.councils.council(councilId, user));
		ImportResult result = this.imports.importCsv(councilId, user, file.getOriginalFilename(), file.getBytes());
		if (!result.succeeded()) {
			model.addAttribute("result", result);
			return "members/import";
		}
		redirect.addFlashAttribute("flashMessageText",
				this.messages.getMessage("flash.import.done", new Object[] { result.imported() }, Locale.JAPAN));
		return "redirect:/councils/" + councilId + "/members";
	}

	private String label(Object value) {
		return this.messages.getMessage("enum." + value.getClass().getSimpleName() + "." + value, null,
				value.toString(), Locale.JAPAN);
	}

	static String inline(Roster roster, String extension) {
		return ContentDisposition.inline()
			.filename(filename(roster, extension), StandardCharsets.UTF_8)
			.build()
			.toString();
	}

	static String filename(Roster roster, String extension) {
		return roster.councilName() + "_委員名簿_" + roster.date() + "." + extension;
	}

	static String attachment(Roster roster, String extension) {
		return ContentDisposition.attachment()
			.filename(filename(roster, extension), StandardCharsets.UTF_8)
			.build()
			.toString();
	}

}
