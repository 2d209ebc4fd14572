package jp.kyogikai.member;

import java.time.LocalDate;
import java.util.Locale;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The roster as a material of a meeting's agenda packet (資料No.1 in the seed).
 */
@Component
public class RosterMaterial {

	private final MemberService members;

	private final MessageSource messages;

	RosterMaterial(MemberService members, MessageSource messages) {
		this.members = members;
		this.messages = messages;
	}

	/**
	 * The roster's PDF on a day.
	 * @param councilId the council
	 * @param date the day, e.g. the meeting's
	 * @param user staff of the council, or a member sitting on it
	 * @return the PDF's bytes
	 */
	public byte[] pdf(long councilId, LocalDate date, AccountPrincipal user) {
		Roster roster = this.members.roster(councilId, user, date);
		return RosterPdf.render(roster, this.members.municipalityOf(councilId, user),
				(value) -> this.messages.getMessage("enum." + value.getClass().getSimpleName() + "." + value, null,
						value.toString(), Locale.JAPAN));
	}

}
