package jp.kyogikai.compliance;

import java.nio.charset.StandardCharsets;

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

/**
 * Staff's 要件確認表 of an operator, as a page and as a PDF.
 */
@Controller
class ComplianceController {

	private final ComplianceService compliance;

	private final CompliancePdf pdf;

	ComplianceController(ComplianceService compliance, CompliancePdf pdf) {
		this.compliance = compliance;
		this.pdf = pdf;
	}

	@GetMapping("/operators/{id}/compliance")
	String page(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("report", this.compliance.check(id, user));
		return "compliance/show";
	}

	@GetMapping("/operators/{id}/compliance.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
		ComplianceReport report = this.compliance.check(id, user);
		String filename = this.pdf.title(report).replace(' ', '_') + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(this.pdf.render(report));
	}

}
