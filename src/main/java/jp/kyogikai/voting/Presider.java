package jp.kyogikai.voting;

import jp.kyogikai.member.OfficerRole;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Who presides over an election item at one moment.
 *
 * @param kind the officer in office, a member as 座長, or a non-member as 仮議長
 * @param memberId the presiding member, {@code null} for a non-member
 * @param name the name
 * @param title a non-member's organisation and title, {@code null} when none
 * @param office the office of an {@link PresiderKind#OFFICER}, {@code null} otherwise
 */
public record Presider(PresiderKind kind, Long memberId, String name, String title, OfficerRole office) {

	static Presider officer(long memberId, String name, OfficerRole office) {
		return new Presider(PresiderKind.OFFICER, memberId, name, null, office);
	}

	static Presider member(long memberId, String name) {
		return new Presider(PresiderKind.MEMBER, memberId, name, null, null);
	}

	static Presider nonMember(String name, String title) {
		return new Presider(PresiderKind.NON_MEMBER, null, name, title, null);
	}

	/**
	 * Whether a 座長 (or 仮議長) presides rather than the 会長 or 副会長.
	 * @return {@code true} for a member or non-member chosen for the election
	 */
	public boolean chairperson() {
		return this.kind != PresiderKind.OFFICER;
	}

	/**
	 * The presiding person as the live screen names it: 「会長 ○○」, 「副会長 ○○が議長を代理」, 「座長 ○○」
	 * or 「仮議長 ○○（事務局長）」.
	 * @return the statement, resolved through the messages
	 */
	public MessageSourceResolvable statement() {
		return switch (this.kind) {
			case OFFICER ->
				message((this.office == OfficerRole.CHAIR) ? "live.presiding.chair" : "live.presiding.viceChair",
						this.name);
			case MEMBER -> message("election.presiding.member", this.name);
			case NON_MEMBER ->
				message("election.presiding.nonMember", this.name, (this.title != null) ? "（" + this.title + "）" : "");
		};
	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

}
