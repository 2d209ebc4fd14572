package jp.kyogikai.member;

/**
 * What the roster keeps of a person.
 *
 * @param name 氏名
 * @param furigana ふりがな
 * @param email for notices, may be {@code null}
 * @param affiliation 備考 (organisation and title)
 * @param operatorId the operator the person belongs to, may be {@code null}
 */
public record PersonDetails(String name, String furigana, String email, String affiliation, Long operatorId) {

	/** ふりがな: hiragana, the long vowel mark, middle dots and spaces. */
	public static final String FURIGANA = "^[\\p{InHiragana}ー・\\s　]*$";

	public PersonDetails {
		name = name.strip();
		furigana = furigana.strip();
		email = blankToNull(email);
		affiliation = blankToNull(affiliation);
	}

	Member toMember(long municipalityId) {
		return new Member(municipalityId, this.name, this.furigana, this.email, this.affiliation, this.operatorId);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
