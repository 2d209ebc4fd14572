package jp.kyogikai.operator.rule;

import java.util.List;

/**
 * The outcome of checking one office's operation managers (see {@link SpecificOffice}).
 *
 * @param specificOffice whether the office is a 特定事務所
 * @param vehicles the office's vehicles (n)
 * @param required managers needed when they are qualified but not certified:
 * floor(n/20)+1; 0 for an office that is not a 特定事務所
 * @param requiredIfCertified managers needed when they hold the 運行管理者資格者証: floor(n/40)+1;
 * 0 for an office that is not a 特定事務所
 * @param enough whether the qualified and certified managers reach the number required
 * @param findings every shortfall: {@code operationManager.tooFew} (arguments: vehicles,
 * required, requiredIfCertified, qualified, certified) and
 * {@code operationManager.unqualified} (argument: how many managers meet no requirement)
 */
public record ManagerCheck(boolean specificOffice, int vehicles, int required, int requiredIfCertified, boolean enough,
		List<OfficeFinding> findings) {

	public ManagerCheck {
		findings = List.copyOf(findings);
	}

	/**
	 * Whether the office's operation management meets the law: enough managers, all of
	 * them qualified when the office is a 特定事務所.
	 * @return {@code true} when there are no findings
	 */
	public boolean compliant() {
		return this.findings.isEmpty();
	}

}
