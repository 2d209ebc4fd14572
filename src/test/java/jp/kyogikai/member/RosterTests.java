package jp.kyogikai.member;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who acts as 会長 on a roster.
 */
class RosterTests {

	static final LocalDate DAY = LocalDate.of(2025, 7, 17);

	static RosterEntry entry(String name, OfficerRole role) {
		return new RosterEntry(name.hashCode(), name.hashCode(), name, "", "識見を有する者", null, role, DAY, DAY, false,
				false);
	}

	static Roster roster(RosterEntry... entries) {
		return new Roster(1, "協議会", DAY, null, 10, 12, List.of(entries));
	}

	@Test
	void theChairActsAsChair() {
		assertThat(roster(entry("副会長", OfficerRole.VICE_CHAIR), entry("会長", OfficerRole.CHAIR)).actingChair())
			.map(RosterEntry::name)
			.contains("会長");
	}

	@Test
	void theViceChairActsWhileThereIsNoChair() {
		assertThat(roster(entry("委員", null), entry("副会長", OfficerRole.VICE_CHAIR)).actingChair()).map(RosterEntry::name)
			.contains("副会長");
	}

	@Test
	void nobodyActsWhenNeitherOfficeIsFilled() {
		assertThat(roster(entry("委員", null)).actingChair()).isEmpty();
	}

	@Test
	void theTermLengthIsWrittenInYearsWhenItIsWholeYears() {
		assertThat(new Roster(1, "協議会", DAY, null, 10, 24, List.of()).termLength()).isEqualTo("2年");
		assertThat(new Roster(1, "協議会", DAY, null, 10, 18, List.of()).termLength()).isEqualTo("18か月");
	}

}
