package jp.kyogikai.council;

import jp.kyogikai.council.rule.CharterSettings;

import org.springframework.context.MessageSourceResolvable;

/**
 * One of a charter's insurance minimums (損害賠償措置の基準) as pages and the charter's history
 * show it: 「80,000,000円以上」, 「無制限」, or for 搭乗者傷害 0 「補償があること（金額を問わない）」. Resolved through
 * the message source ({@code #labels.of} in templates).
 *
 * @param yen the stored minimum: an amount, {@link CharterSettings#UNLIMITED} or 0
 */
public record MinimumCover(long yen) implements MessageSourceResolvable {

	static MinimumCover of(long yen) {
		return new MinimumCover(yen);
	}

	public boolean unlimited() {
		return this.yen == CharterSettings.UNLIMITED;
	}

	@Override
	public String[] getCodes() {
		if (unlimited()) {
			return new String[] { "insurance.minimum.unlimited" };
		}
		return new String[] { (this.yen == 0) ? "insurance.minimum.anyAmount" : "insurance.minimum.atLeast" };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] { this.yen };
	}

	@Override
	public String getDefaultMessage() {
		return null;
	}

}
