package jp.kyogikai.minutes;

import java.util.List;

import jp.kyogikai.minutes.rule.NameMask;

/**
 * The minutes as they read: what the PDF and the public page print.
 *
 * @param title e.g. 令和7年度第1回佐久市福祉有償運送運営協議会 議事録
 * @param councilName the council
 * @param municipalityName the municipality running its secretariat
 * @param presidingName 議長, who signs with the signers; may be {@code null}
 * @param sections the parts in order
 * @param signers the 議事録署名人's names
 * @param signatures whether the charter asks for signatures (議事録署名人)
 */
public record MinutesText(String title, String councilName, String municipalityName, String presidingName,
		List<Part> sections, List<String> signers, boolean signatures) {

	/**
	 * The same minutes with the names of private persons masked.
	 * @param mask the mask
	 * @return the masked minutes
	 */
	public MinutesText masked(NameMask mask) {
		return new MinutesText(this.title, this.councilName, this.municipalityName, mask.apply(this.presidingName),
				this.sections.stream().map((part) -> part.masked(mask)).toList(),
				this.signers.stream().map(mask::apply).toList(), this.signatures);
	}

	/**
	 * A part of the minutes.
	 *
	 * @param kind what it records
	 * @param heading its heading
	 * @param body its text, lines separated by {@code \n}
	 * @param statements one per speaker
	 */
	public record Part(SectionKind kind, String heading, String body, List<Statement> statements) {

		Part masked(NameMask mask) {
			return new Part(this.kind, mask.apply(this.heading), mask.apply(this.body),
					this.statements.stream()
						.map((s) -> new Statement(mask.apply(s.speaker()), mask.apply(s.summary())))
						.toList());
		}

		/**
		 * Whether this part is an item of the 次第 (under 議事).
		 * @return {@code true} for an item
		 */
		public boolean item() {
			return this.kind == SectionKind.ITEM;
		}

	}

	/**
	 * One speaker's statement.
	 *
	 * @param speaker who spoke; may be empty
	 * @param summary what was said
	 */
	public record Statement(String speaker, String summary) {
	}

}
