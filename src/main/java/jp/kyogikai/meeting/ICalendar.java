package jp.kyogikai.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A meeting as an iCalendar file (RFC 5545): one VEVENT with a UID stable per meeting,
 * times in UTC, texts escaped (backslash, comma, semicolon, line breaks) and lines folded
 * at 75 octets without splitting a character, CRLF line ends.
 */
public final class ICalendar {

	static final String PRODUCT_ID = "-//kyogikai//meetings//JA";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_OCTETS = 75;

	private ICalendar() {
	}

	/**
	 * The file of one meeting.
	 * @param meeting the meeting
	 * @param councilName its council's name
	 * @param now when the file is made (DTSTAMP)
	 * @return the file's text
	 */
	static String event(Meeting meeting, String councilName, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:" + PRODUCT_ID);
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:meeting-" + meeting.getId() + "@kyogikai.jp");
		line(out, "DTSTAMP:" + UTC.format(now));
		line(out, "DTSTART:" + UTC.format(meeting.getStartsAt()));
		if (meeting.getEndsAt() != null) {
			line(out, "DTEND:" + UTC.format(meeting.getEndsAt()));
		}
		line(out, "SUMMARY:" + escape("第" + meeting.getNumber() + "回 " + councilName));
		String location = location(meeting);
		if (location != null) {
			line(out, "LOCATION:" + escape(location));
		}
		if (meeting.isOnline() && meeting.getOnlineUrl() != null) {
			line(out, "URL:" + meeting.getOnlineUrl());
		}
		line(out, "SEQUENCE:" + meeting.getVersion());
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static String location(Meeting meeting) {
		if (meeting.getPlace() != null && meeting.isOnline()) {
			return meeting.getPlace() + "（オンライン併用）";
		}
		if (meeting.getPlace() != null) {
			return meeting.getPlace();
		}
		return meeting.isOnline() ? "オンライン" : null;
	}

	/**
	 * Escapes a TEXT value: backslash, semicolon, comma and line breaks.
	 * @param text the text
	 * @return the escaped text
	 */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case ';' -> out.append("\\;");
				case ',' -> out.append("\\,");
				case '\n' -> out.append("\\n");
				case '\r' -> {
				}
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Appends one content line, folded so that no line is longer than 75 octets of UTF-8
	 * (a continuation starts with a space, which counts), never inside a character.
	 * @param out where to write
	 * @param content the unfolded line
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = MAX_OCTETS;
		int i = 0;
		while (i < content.length()) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
