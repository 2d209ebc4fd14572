package jp.kyogikai.meeting;

import jp.kyogikai.council.Council;
import jp.kyogikai.security.AccountPrincipal;

/**
 * A meeting with its council, as {@link MeetingService#checked(long, AccountPrincipal)}
 * read it for a user after checking that the user may see it (staff of the council's
 * secretariat municipality, or the administrator). Only {@link MeetingService} makes one,
 * so a method of another module that takes a {@code CheckedMeeting} instead of a
 * meeting's id and a user needs no second check: the panels of the meeting page get the
 * one their page checked, and the page asks the council once per request instead of once
 * per panel.
 * <p>
 * It belongs to the request (or the transaction) that made it: its entities are not
 * re-read, so it is never kept, in the session or elsewhere, and a change goes through
 * the services, which check again.
 */
public final class CheckedMeeting {

	private final Meeting meeting;

	private final Council council;

	private final AccountPrincipal user;

	CheckedMeeting(Meeting meeting, Council council, AccountPrincipal user) {
		if (meeting.getCouncilId() != council.getId()) {
			throw new IllegalArgumentException("会議 " + meeting.getId() + " は協議会 " + council.getId() + " のものではありません");
		}
		this.meeting = meeting;
		this.council = council;
		this.user = user;
	}

	public long id() {
		return this.meeting.getId();
	}

	public Meeting meeting() {
		return this.meeting;
	}

	public Council council() {
		return this.council;
	}

	/**
	 * The user the meeting was checked for, for the reads that follow on the same page.
	 * @return the signed-in user
	 */
	public AccountPrincipal user() {
		return this.user;
	}

}
