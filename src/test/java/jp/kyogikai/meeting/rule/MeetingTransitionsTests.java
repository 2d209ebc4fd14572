package jp.kyogikai.meeting.rule;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("会議の状態の移り変わり")
class MeetingTransitionsTests {

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({ "PLANNED, CONVENED, true", "PLANNED, HELD, false", "PLANNED, PUBLISHED, false",
			"PLANNED, PLANNED, false", "CONVENED, HELD, true", "CONVENED, PLANNED, true",
			"CONVENED, MINUTES_DRAFT, false", "HELD, MINUTES_DRAFT, true", "HELD, CONVENED, false",
			"HELD, PUBLISHED, false", "MINUTES_DRAFT, MINUTES_FINAL, true", "MINUTES_DRAFT, HELD, false",
			"MINUTES_DRAFT, PUBLISHED, false", "MINUTES_FINAL, PUBLISHED, true", "MINUTES_FINAL, MINUTES_DRAFT, false",
			"MINUTES_FINAL, HELD, false", "PUBLISHED, MINUTES_FINAL, false", "PUBLISHED, PLANNED, false" })
	void allowed(MeetingStatus from, MeetingStatus to, boolean allowed) {
		assertThat(MeetingTransitions.allowed(from, to)).isEqualTo(allowed);
		assertThat(MeetingTransitions.next(from).contains(to)).isEqualTo(allowed);
	}

	@Test
	@DisplayName("公開済みの会議からはどこへも進めない")
	void publishedIsFinal() {
		assertThat(MeetingTransitions.next(MeetingStatus.PUBLISHED)).isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({ "PLANNED, CONVENED, true", "CONVENED, PLANNED, true", "CONVENED, HELD, false",
			"HELD, MINUTES_DRAFT, false", "MINUTES_DRAFT, MINUTES_FINAL, false", "MINUTES_FINAL, PUBLISHED, false",
			"PLANNED, HELD, false" })
	@DisplayName("手で進められるのは予定 ⇄ 招集済みだけ（開催は開会から、議事録の段階は議事録から）")
	void byHand(MeetingStatus from, MeetingStatus to, boolean allowed) {
		assertThat(MeetingTransitions.byHand(from, to)).isEqualTo(allowed);
		assertThat(MeetingTransitions.nextByHand(from).contains(to)).isEqualTo(allowed);
	}

	@Test
	@DisplayName("次第を変えられるのは開催前（予定・招集済み）だけ")
	void agendaEditableBeforeTheMeeting() {
		Set<MeetingStatus> editable = EnumSet.noneOf(MeetingStatus.class);
		for (MeetingStatus status : MeetingStatus.values()) {
			if (MeetingTransitions.agendaEditable(status)) {
				editable.add(status);
			}
		}
		assertThat(editable).containsExactlyInAnyOrder(MeetingStatus.PLANNED, MeetingStatus.CONVENED);
	}

}
