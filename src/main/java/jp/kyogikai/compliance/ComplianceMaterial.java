package jp.kyogikai.compliance;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.stereotype.Component;

/**
 * An operator's 要件確認表 as a material of a meeting's agenda packet.
 */
@Component
public class ComplianceMaterial {

	private final ComplianceService compliance;

	private final CompliancePdf pdf;

	ComplianceMaterial(ComplianceService compliance, CompliancePdf pdf) {
		this.compliance = compliance;
		this.pdf = pdf;
	}

	/**
	 * The 要件確認表's PDF as of today.
	 * @param operatorId the operator
	 * @param user the signed-in user; the operator's access rules apply
	 * @return the PDF's bytes
	 */
	public byte[] pdf(long operatorId, AccountPrincipal user) {
		return this.pdf.render(this.compliance.check(operatorId, user));
	}

}
