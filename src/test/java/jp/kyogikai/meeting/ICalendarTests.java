package jp.kyogikai.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.meeting.rule.Openness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("会議の iCalendar (.ics)")
class ICalendarTests {

	static Meeting meeting(long id, String place, boolean online, String url) {
		Meeting meeting = new Meeting(1L);
		meeting.update(2025, 1, LocalDateTime.of(2025, 7, 17, 10, 0).atZone(Kyogikai.ZONE).toInstant(),
				LocalDateTime.of(2025, 7, 17, 11, 30).atZone(Kyogikai.ZONE).toInstant(), place, online, url,
				Openness.PUBLIC);
		ReflectionTestUtils.setField(meeting, "id", id);
		return meeting;
	}

	@Test
	@DisplayName("VEVENT に UID・日時（UTC）・件名・場所が入り、行は CRLF で終わる")
	void fields() {
		String ics = ICalendar.event(meeting(42, "佐久市役所 議会棟 第2委員会室", false, null), "佐久市福祉有償運送運営協議会",
				Instant.parse("2025-07-01T00:00:00Z"));
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
			.contains("\r\nBEGIN:VEVENT\r\n", "\r\nUID:meeting-42@kyogikai.jp\r\n", "\r\nDTSTAMP:20250701T000000Z\r\n",
					"\r\nDTSTART:20250717T010000Z\r\n", "\r\nDTEND:20250717T023000Z\r\n",
					"\r\nSUMMARY:第1回 佐久市福祉有償運送運営協議会\r\n", "\r\nLOCATION:佐久市役所 議会棟 第2委員会室\r\n")
			.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
	}

	@Test
	@DisplayName("UID は作るたびに同じ（会議ごとに一つ）")
	void uidStable() {
		String first = ICalendar.event(meeting(7, "会議室", false, null), "協議会", Instant.parse("2025-07-01T00:00:00Z"));
		String second = ICalendar.event(meeting(7, "会議室", false, null), "協議会", Instant.parse("2025-07-02T00:00:00Z"));
		assertThat(uid(first)).isEqualTo(uid(second)).isEqualTo("UID:meeting-7@kyogikai.jp");
		assertThat(uid(ICalendar.event(meeting(8, "会議室", false, null), "協議会", Instant.EPOCH))).isNotEqualTo(uid(first));
	}

	@Test
	@DisplayName("カンマ・セミコロン・円記号・改行はエスケープする")
	void escaping() {
		assertThat(ICalendar.escape("A,B;C\\D\nE")).isEqualTo("A\\,B\\;C\\\\D\\nE");
		String ics = ICalendar.event(meeting(1, "本庁舎3階, 第1会議室; 東側", false, null), "協議会", Instant.EPOCH);
		assertThat(ics).contains("LOCATION:本庁舎3階\\, 第1会議室\\; 東側\r\n");
	}

	@Test
	@DisplayName("長い行は75オクテットで折り返し、文字の途中では切らない")
	void folding() {
		String place = "佐久市役所 議会棟 第2委員会室（北側の入口から入り、エレベーターで3階に上がって右手の突き当たり）";
		String ics = ICalendar.event(meeting(1, place, false, null), "協議会", Instant.EPOCH);
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(ics).contains("\r\n ");
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("LOCATION:" + place + "\r\n");
	}

	@Test
	@DisplayName("オンライン会議は URL を持ち、場所がなければ「オンライン」")
	void online() {
		String ics = ICalendar.event(meeting(1, null, true, "https://meet.example.jp/abc"), "協議会", Instant.EPOCH);
		assertThat(ics).contains("\r\nLOCATION:オンライン\r\n", "\r\nURL:https://meet.example.jp/abc\r\n");
	}

	private static String uid(String ics) {
		return ics.lines().filter((line) -> line.startsWith("UID:")).findFirst().orElseThrow();
	}

}
