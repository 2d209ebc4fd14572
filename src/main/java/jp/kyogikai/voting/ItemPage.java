package jp.kyogikai.voting;

import java.util.List;

import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.voting.rule.Decision;

/**
 * The staff page of one 協議事項 at the meeting: who may vote on it now, the recusals, the
 * explanation and the questions, and the decision once taken.
 *
 * @param meeting the meeting
 * @param line the 協議事項 as the 次第 shows it
 * @param sitting the meeting now
 * @param rows every member in office on the meeting's day, as things stand now
 * @param consent what a consent would decide now (who is entitled, the quorum)
 * @param record the explanation, questions and decision, {@code null} when nothing is
 * written yet
 * @param seats the decision's snapshot, empty while undecided
 * @param corrections the corrections of the decision, oldest first
 * @param recusalEnabled whether the charter has the recusal rule
 */
public record ItemPage(Meeting meeting, AgendaLine line, LiveSitting sitting, List<Row> rows, Decision consent,
		ItemDecision record, List<ItemDecisionSeat> seats, List<ItemDecisionCorrection> corrections,
		boolean recusalEnabled) {

	/**
	 * A member's line now.
	 *
	 * @param memberId the member
	 * @param name the name
	 * @param attendance where the member is now
	 * @param chair whether 会長
	 * @param viceChair whether 副会長
	 * @param presiding whether the member presides over this item
	 * @param entitled whether the member may vote on it
	 * @param recusal the recusal (in force or withdrawn), {@code null} when none
	 */
	public record Row(long memberId, String name, Attendance attendance, boolean chair, boolean viceChair,
			boolean presiding, boolean entitled, ItemRecusal recusal) {

		public boolean recused() {
			return this.recusal != null && this.recusal.inForce();
		}

	}

	/**
	 * Whether the item is decided (locked).
	 * @return {@code true} once decided
	 */
	public boolean decided() {
		return this.record != null && this.record.isDecided();
	}

	/**
	 * The outcomes staff may choose.
	 * @return every outcome
	 */
	public DecisionOutcome[] outcomes() {
		return DecisionOutcome.values();
	}

	/**
	 * The name of the member who presided over the decision.
	 * @return the name from the snapshot, {@code null} when nobody presided
	 */
	public String presidingName() {
		return this.seats.stream()
			.filter(ItemDecisionSeat::isPresiding)
			.map(ItemDecisionSeat::getName)
			.findFirst()
			.orElse(null);
	}

}
