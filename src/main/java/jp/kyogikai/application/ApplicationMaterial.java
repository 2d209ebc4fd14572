package jp.kyogikai.application;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.stereotype.Component;

/**
 * An application's 協議申請書 as a material of a meeting's agenda packet (資料No.5 in the seed),
 * without its attached documents.
 */
@Component
public class ApplicationMaterial {

	private final ApplicationPdf pdf;

	ApplicationMaterial(ApplicationPdf pdf) {
		this.pdf = pdf;
	}

	/**
	 * The PDF.
	 * @param applicationId the application
	 * @param user the signed-in user; the application page's access rules apply
	 * @return the PDF's bytes
	 */
	public byte[] pdf(long applicationId, AccountPrincipal user) {
		return this.pdf.render(applicationId, user, false).content();
	}

}
