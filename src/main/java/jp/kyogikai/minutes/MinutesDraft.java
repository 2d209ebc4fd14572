package jp.kyogikai.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.minutes.rule.SpeakerLines;
import jp.kyogikai.voting.AttendeeKind;
import jp.kyogikai.voting.ItemDecision;
import jp.kyogikai.voting.ItemDecisionSeat;
import jp.kyogikai.voting.ItemDecisionService.DecidedItem;
import jp.kyogikai.voting.MeetingAttendee;
import jp.kyogikai.voting.MeetingRecord;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Writes the first draft of the minutes from what was recorded at the meeting, in the
 * official style: 日時 (the actual 開会 and 閉会), 場所, 出席委員 (a proxy as 「○○（△△委員代理）」, 遅参 and 退席
 * with their times), 欠席委員, 事務局, 説明者, 参考人, 傍聴者, 会議の成立 (the quorum at the opening), then
 * each 次第 item with the 説明者's explanation and the questions as one statement per speaker,
 * and the result as the decision recorded it (recusals named). Every sentence comes from
 * {@code messages.properties} ({@code minutes.draft.*}); staff edit the draft afterwards.
 */
final class MinutesDraft {

	private final MessageSource messages;

	private MinutesDraft(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The draft's title: 「令和7年度第1回佐久市福祉有償運送運営協議会 議事録」.
	 * @param messages the messages
	 * @param meeting the meeting
	 * @param councilName the council
	 * @return the title
	 */
	static String title(MessageSource messages, Meeting meeting, String councilName) {
		return messages.getMessage("minutes.draft.title",
				new Object[] { new FiscalYear(meeting.getFiscalYear()).label(), meeting.getNumber(), councilName },
				Locale.JAPANESE);
	}

	/**
	 * Drafts the sections.
	 * @param messages the messages
	 * @param record the meeting's record
	 * @param agenda the 次第
	 * @param decided the decided items
	 * @param results extra result sentences per agenda item (e.g. an election's)
	 * @return the sections in order
	 */
	static List<Section> sections(MessageSource messages, MeetingRecord record, List<AgendaLine> agenda,
			List<DecidedItem> decided, Map<Long, String> results) {
		return new MinutesDraft(messages).draft(record, agenda, decided, results);
	}

	private List<Section> draft(MeetingRecord record, List<AgendaLine> agenda, List<DecidedItem> decided,
			Map<Long, String> results) {
		List<Section> sections = new ArrayList<>();
		Meeting meeting = record.meeting();
		sections.add(header(SectionKind.HELD, held(record)));
		String place = meeting.getPlace();
		if (meeting.isOnline()) {
			place = text("minutes.draft.online", place);
		}
		sections.add(header(SectionKind.PLACE, place));
		List<String> present = new ArrayList<>();
		List<String> absent = new ArrayList<>();
		for (MeetingRecord.MemberLine line : record.members()) {
			if (line.attendance() == Attendance.ABSENT) {
				absent.add(line.member().name());
			}
			else {
				present.add(presentLine(line));
			}
		}
		sections.add(new Section(SectionKind.PRESENT, null, heading(SectionKind.PRESENT, present.size()),
				lines(present), List.of()));
		sections.add(new Section(SectionKind.ABSENT, null, heading(SectionKind.ABSENT, absent.size()), lines(absent),
				List.of()));
		sections.add(header(SectionKind.SECRETARIAT, lines(attendees(record, AttendeeKind.SECRETARIAT, null))));
		Map<Long, String> itemTitles = new LinkedHashMap<>();
		agenda.forEach((line) -> itemTitles.put(line.item().getId(), line.item().getTitle()));
		List<String> explainers = new ArrayList<>();
		for (MeetingAttendee attendee : record.attendees()) {
			if (attendee.getKind() == AttendeeKind.EXPLAINER) {
				String who = person(attendee);
				String item = (attendee.getAgendaItemId() != null) ? itemTitles.get(attendee.getAgendaItemId()) : null;
				explainers.add((item != null) ? text("minutes.draft.explainerFor", who, item) : who);
			}
		}
		sections.add(header(SectionKind.EXPLAINERS, lines(explainers)));
		List<String> witnesses = attendees(record, AttendeeKind.WITNESS, null);
		if (!witnesses.isEmpty()) {
			sections.add(header(SectionKind.WITNESSES, lines(witnesses)));
		}
		sections.add(header(SectionKind.OBSERVERS, (record.observers() > 0)
				? text("minutes.draft.observers", record.observers()) : text("minutes.draft.none")));
		sections.add(header(SectionKind.QUORUM, resolve(record.quorumStatement())));
		Map<Long, DecidedItem> byItem = new LinkedHashMap<>();
		decided.forEach((item) -> byItem.put(item.line().item().getId(), item));
		for (AgendaLine line : agenda) {
			sections.add(item(record, line, byItem.get(line.item().getId()), results.get(line.item().getId())));
		}
		return sections;
	}

	private Section item(MeetingRecord record, AgendaLine line, DecidedItem decided, String result) {
		String title = line.item().getTitle();
		if (line.operatorName() != null && !title.contains(line.operatorName())) {
			title = title + "（" + line.operatorName() + "）";
		}
		String heading = (line.item().isSubItem() ? "・" : line.number() + "　") + title;
		List<SpeakerLines.Statement> statements = new ArrayList<>();
		List<String> body = new ArrayList<>();
		if (decided != null) {
			ItemDecision decision = decided.decision();
			if (decision.getExplanation() != null && !decision.getExplanation().isBlank()) {
				// the explainer by name; the organisation is under 説明者
				String speaker = record.attendees()
					.stream()
					.filter((a) -> a.getKind() == AttendeeKind.EXPLAINER
							&& Objects.equals(a.getAgendaItemId(), line.item().getId()))
					.map(MeetingAttendee::getName)
					.findFirst()
					.orElseGet(() -> text("minutes.draft.explainer"));
				statements.add(new SpeakerLines.Statement(speaker, decision.getExplanation().strip()));
			}
			statements.addAll(SpeakerLines.read(decision.getQuestions()));
			decided.seats()
				.stream()
				.filter(ItemDecisionSeat::isRecused)
				.map(ItemDecisionSeat::getName)
				.forEach((name) -> body.add(text("minutes.draft.recused", name)));
			body.add(result(decision));
			if (decision.getConditions() != null) {
				body.add(text("minutes.draft.conditions", decision.getConditions()));
			}
		}
		if (result != null) {
			body.add(result);
		}
		return new Section(SectionKind.ITEM, line.item().getId(), heading, String.join("\n", body),
				List.copyOf(statements));
	}

	private String result(ItemDecision decision) {
		String outcome = text("minutes.draft.outcome." + decision.getOutcome().name());
		if (decision.getMethod() == null) {
			return text("minutes.draft.result.NONE", outcome);
		}
		if (Boolean.TRUE.equals(decision.getTie()) && decision.getCastingVote() != null) {
			return text("minutes.draft.result.TIE", outcome, decision.getInFavour(), decision.getAgainst(),
					decision.getAbstentions(), text("minutes.draft.casting." + decision.getCastingVote().name()));
		}
		return text("minutes.draft.result." + decision.getMethod().name(), outcome, decision.getInFavour(),
				decision.getAgainst(), decision.getAbstentions());
	}

	private String held(MeetingRecord record) {
		Instant from = (record.openedAt() != null) ? record.openedAt() : record.meeting().getStartsAt();
		LocalDate day = LocalDate.ofInstant(from, Kyogikai.ZONE);
		String date = Wareki.formatWithWeekday(day);
		String start = Wareki.formatTime(time(from));
		Instant until = (record.closedAt() != null) ? record.closedAt() : record.meeting().getEndsAt();
		if (until == null) {
			return text("minutes.draft.held.from", date, start);
		}
		return text("minutes.draft.held.range", date, start, Wareki.formatTime(time(until)));
	}

	private String presentLine(MeetingRecord.MemberLine line) {
		String name = line.member().name();
		String entry = (line.attendance() == Attendance.PROXY)
				? text("minutes.draft.proxy", Objects.requireNonNullElse(line.proxyName(), ""), name) : name;
		if (line.member().officerRole() != null) {
			entry = entry + text("minutes.draft.officer." + line.member().officerRole().name());
		}
		if (line.arrivedAt() != null) {
			entry = entry + text("minutes.draft.late", Wareki.formatTime(time(line.arrivedAt())));
		}
		if (line.leftAt() != null) {
			entry = entry + text("minutes.draft.left", Wareki.formatTime(time(line.leftAt())));
		}
		return entry;
	}

	private static List<String> attendees(MeetingRecord record, AttendeeKind kind, Long agendaItemId) {
		return record.attendees()
			.stream()
			.filter((a) -> a.getKind() == kind)
			.filter((a) -> agendaItemId == null || Objects.equals(a.getAgendaItemId(), agendaItemId))
			.map(MinutesDraft::person)
			.toList();
	}

	private static String person(MeetingAttendee attendee) {
		return (attendee.getAffiliation() != null) ? attendee.getAffiliation() + "　" + attendee.getName()
				: attendee.getName();
	}

	private Section header(SectionKind kind, String body) {
		return new Section(kind, null, text("minutes.heading." + kind.name()), Objects.requireNonNullElse(body, ""),
				List.of());
	}

	private String heading(SectionKind kind, int count) {
		return text("minutes.heading." + kind.name()) + text("minutes.draft.count", count);
	}

	private String lines(List<String> lines) {
		return lines.isEmpty() ? text("minutes.draft.none") : String.join("\n", lines);
	}

	private static LocalTime time(Instant instant) {
		return LocalTime.ofInstant(instant, Kyogikai.ZONE);
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.JAPANESE);
	}

	private String resolve(MessageSourceResolvable resolvable) {
		// arguments that are themselves resolvable are resolved by the message source
		return this.messages.getMessage(resolvable, Locale.JAPANESE);
	}

	/**
	 * A drafted section.
	 *
	 * @param kind what it records
	 * @param agendaItemId the 次第 item, for {@link SectionKind#ITEM}
	 * @param heading its heading
	 * @param body its text
	 * @param statements the statements per speaker
	 */
	record Section(SectionKind kind, Long agendaItemId, String heading, String body,
			List<SpeakerLines.Statement> statements) {
	}

}
