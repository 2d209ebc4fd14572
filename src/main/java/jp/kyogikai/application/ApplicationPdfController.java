package jp.kyogikai.application;

import java.nio.charset.StandardCharsets;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 協議申請書 as a PDF, for the secretariat ({@code /applications/{id}/pdf}) and the owning
 * operator ({@code /operator-portal/applications/{id}/pdf}); {@code ?attachments=true}
 * appends the attached documents. Access is that of the application's page.
 */
@Controller
class ApplicationPdfController {

	private final ApplicationPdf pdf;

	ApplicationPdfController(ApplicationPdf pdf) {
		this.pdf = pdf;
	}

	@GetMapping(ApplicationController.BASE + "/{id}/pdf")
	ResponseEntity<byte[]> staff(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(defaultValue = "false") boolean attachments) {
		return send(this.pdf.render(id, user, attachments));
	}

	@GetMapping("/operator-portal/applications/{id}/pdf")
	ResponseEntity<byte[]> operator(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(defaultValue = "false") boolean attachments) {
		return send(this.pdf.render(id, user, attachments));
	}

	private static ResponseEntity<byte[]> send(ApplicationPdf.Rendered rendered) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(rendered.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(rendered.content());
	}

}
