package jp.kyogikai.convocation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.Meeting;

/**
 * What a 招集通知 says, for the PDF letter and the mail alike.
 *
 * @param documentNumber 佐福第123号 (or 佐福第 号)
 * @param letterDate the letter's date
 * @param councilName the council, the sender
 * @param chairName the 会長 on the letter's date, or {@code null} when there is none
 * @param meeting the meeting
 * @param agenda its 次第 as the meeting page numbers it
 * @param enclosures the enclosed materials
 * @param secretariat the secretariat's municipality and department (佐久市 福祉部高齢者福祉課)
 * @param secretariatEmail its e-mail address, or {@code null}
 */
record ConvocationLetter(String documentNumber, LocalDate letterDate, String councilName, String chairName,
		Meeting meeting, List<AgendaLine> agenda, List<String> enclosures, String secretariat,
		String secretariatEmail) {

	/**
	 * 令和7年度第1回佐久市福祉有償運送運営協議会.
	 */
	String meetingName() {
		return FiscalYear.of(LocalDate.of(this.meeting.getFiscalYear(), 4, 1)).label() + "第" + this.meeting.getNumber()
				+ "回" + this.councilName;
	}

	/**
	 * 令和7年度第1回佐久市福祉有償運送運営協議会の開催について（通知）.
	 */
	String title() {
		return meetingName() + "の開催について（通知）";
	}

	/**
	 * 令和7年7月17日（木）午前10時00分から（午前11時30分まで）.
	 */
	String when() {
		LocalDateTime start = local(this.meeting.getStartsAt());
		String text = Wareki.formatWithWeekday(start.toLocalDate()) + Wareki.formatTime(start.toLocalTime()) + "から";
		if (this.meeting.getEndsAt() != null) {
			text += Wareki.formatTime(local(this.meeting.getEndsAt()).toLocalTime()) + "まで";
		}
		return text;
	}

	/**
	 * The place, or オンライン with its address; both for a meeting held in a room and online.
	 */
	String where() {
		String place = this.meeting.getPlace();
		if (!this.meeting.isOnline()) {
			return (place != null) ? place : "";
		}
		String online = "オンライン（" + this.meeting.getOnlineUrl() + "）";
		return (place != null) ? place + "\n（" + online + "でも参加できます）" : online;
	}

	/**
	 * 佐久市福祉有償運送運営協議会 会長 中村 光一, or the council alone.
	 */
	String sender() {
		return (this.chairName != null) ? this.councilName + "\n会長　" + this.chairName : this.councilName;
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, Kyogikai.ZONE);
	}

}
