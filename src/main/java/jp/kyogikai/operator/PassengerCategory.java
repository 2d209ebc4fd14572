package jp.kyogikai.operator;

/**
 * 旅客の範囲 of 福祉有償運送 (施行規則49条2号イ～ト): who may be carried, with their attendants, when they
 * cannot move without help and cannot use public transport alone. Stored by letter.
 */
public enum PassengerCategory {

	/** イ 身体障害者. */
	PHYSICAL_DISABILITY("イ"),
	/** ロ 精神障害者. */
	MENTAL_DISABILITY("ロ"),
	/** ハ 知的障害者. */
	INTELLECTUAL_DISABILITY("ハ"),
	/** ニ 要介護者. */
	CARE_NEEDED("ニ"),
	/** ホ 要支援者. */
	SUPPORT_NEEDED("ホ"),
	/** ヘ 基本チェックリスト該当者. */
	CHECKLIST("ヘ"),
	/** ト 肢体不自由その他の障害を有する者. */
	OTHER_DISABILITY("ト");

	private final String letter;

	PassengerCategory(String letter) {
		this.letter = letter;
	}

	public String letter() {
		return this.letter;
	}

	static PassengerCategory ofLetter(String letter) {
		for (PassengerCategory category : values()) {
			if (category.letter.equals(letter)) {
				return category;
			}
		}
		throw new IllegalArgumentException("旅客の範囲が不正です: " + letter);
	}

}
