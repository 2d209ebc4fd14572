package jp.kyogikai.document;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF/A validator of the PDF Association, checking a PDF against its
 * PDF/A-2B profile (test scope only).
 */
public final class VeraPdf {

	private static boolean initialised;

	private VeraPdf() {
	}

	/**
	 * Loads the validation model and the PDF/A-2B profile once per JVM.
	 * @return how long it took in milliseconds (0 when already loaded)
	 */
	public static synchronized long initialise() throws Exception {
		if (initialised) {
			return 0;
		}
		long start = System.nanoTime();
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			initialised = true;
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	/**
	 * Validates a PDF against PDF/A-2B, whatever it claims to be.
	 * @param pdf the PDF
	 * @return the result
	 */
	public static Result validate(byte[] pdf) throws Exception {
		initialise();
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			ValidationResult result = validator.validate(parser);
			Map<String, String> failed = new TreeMap<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
					String where = (assertion.getLocation() != null) ? assertion.getLocation().getContext() : "";
					failed.merge(rule, assertion.getMessage() + " [" + where + "]", (first, next) -> first);
				}
			}
			return new Result(result.isCompliant(), result.getTotalAssertions(), List.copyOf(failed.keySet()),
					failed.entrySet().stream().map((entry) -> entry.getKey() + ": " + entry.getValue()).toList());
		}
	}

	/**
	 * What veraPDF found.
	 *
	 * @param compliant whether the PDF is PDF/A-2B
	 * @param checks how many checks it made
	 * @param failedRules the ids of the rules that failed (clause-test), in order
	 * @param failures each failed rule with its message and the first place it failed
	 */
	public record Result(boolean compliant, int checks, List<String> failedRules, List<String> failures) {

	}

}
