package jp.kyogikai.minutes;

import java.time.LocalDate;
import java.util.List;

import jp.kyogikai.minutes.rule.NameMask;

/**
 * The minutes as they read: what the PDF and the public page print. For final minutes
 * that were corrected (訂正), the corrected text, each corrected part with its note
 * 「（令和8年12月2日訂正）」, and the history of the corrections.
 *
 * @param title e.g. 令和7年度第1回佐久市福祉有償運送運営協議会 議事録
 * @param councilName the council
 * @param municipalityName the municipality running its secretariat
 * @param presidingName 議長, who signs with the signers; may be {@code null}
 * @param sections the parts in order
 * @param signers the 議事録署名人's names
 * @param signatures whether the charter asks for signatures (議事録署名人)
 * @param corrections the corrections (訂正履歴), the first first; empty when none
 */
public record MinutesText(String title, String councilName, String municipalityName, String presidingName,
		List<Part> sections, List<String> signers, boolean signatures, List<Correction> corrections) {

	/**
	 * The same minutes with the names of private persons masked.
	 * @param mask the mask
	 * @return the masked minutes
	 */
	public MinutesText masked(NameMask mask) {
		return new MinutesText(this.title, this.councilName, this.municipalityName, mask.apply(this.presidingName),
				this.sections.stream().map((part) -> part.masked(mask)).toList(),
				this.signers.stream().map(mask::apply).toList(), this.signatures,
				this.corrections.stream()
					.map((c) -> new Correction(c.day(), mask.apply(c.part()), mask.apply(c.reason())))
					.toList());
	}

	/**
	 * A part of the minutes.
	 *
	 * @param kind what it records
	 * @param heading its heading
	 * @param body its text, lines separated by {@code \n}
	 * @param statements one per speaker
	 * @param note 「（令和8年12月2日訂正）」 when the heading or body was corrected, else
	 * {@code null}
	 */
	public record Part(SectionKind kind, String heading, String body, List<Statement> statements, String note) {

		Part masked(NameMask mask) {
			return new Part(this.kind, mask.apply(this.heading), mask.apply(this.body),
					this.statements.stream()
						.map((s) -> new Statement(mask.apply(s.speaker()), mask.apply(s.summary()), s.note()))
						.toList(),
					this.note);
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
	 * @param note 「（令和8年12月2日訂正）」 when the summary was corrected, else {@code null}
	 */
	public record Statement(String speaker, String summary, String note) {
	}

	/**
	 * A line of the 訂正履歴.
	 *
	 * @param day the day of the correction
	 * @param part the part corrected, e.g. (1) 対価の変更について：小川委員の発言
	 * @param reason why, e.g. 委員の発言の誤記
	 */
	public record Correction(LocalDate day, String part, String reason) {
	}

}
