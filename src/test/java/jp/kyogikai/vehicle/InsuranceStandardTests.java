package jp.kyogikai.vehicle;

import java.util.List;

import jp.kyogikai.council.CouncilCharter;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.vehicle.rule.CoverAmount;
import jp.kyogikai.vehicle.rule.InsuranceMinimums;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("協議会の損害賠償措置の基準 (InsuranceStandard)")
class InsuranceStandardTests {

	@Test
	@DisplayName("協議会がなければ告示の基準")
	void withoutACouncilTheStatutoryStandardApplies() {
		InsuranceStandard standard = InsuranceStandard.of(List.of());
		assertThat(standard.minimums()).isEqualTo(InsuranceMinimums.standard());
		assertThat(standard.councils()).isEmpty();
		assertThat(standard.source().getCodes()).containsExactly("insurance.standard.statutory");
	}

	@Test
	@DisplayName("設置要綱の -1 は無制限、搭乗者傷害 0 は金額を問わず必須")
	void readsACharter() {
		InsuranceMinimums minimums = InsuranceStandard.minimums(settings(CharterSettings.UNLIMITED, 20_000_000L, 0L));
		assertThat(minimums).isEqualTo(
				new InsuranceMinimums(CoverAmount.unlimited(), CoverAmount.of(20_000_000), true, CoverAmount.none()));
		assertThat(InsuranceStandard.minimums(CharterSettings.typical())).isEqualTo(InsuranceMinimums.standard());
	}

	@Test
	@DisplayName("複数の協議会なら項目ごとに最も厳しい額、出典は全協議会")
	void takesTheStrictestOfSeveralCouncils() {
		InsuranceStandard standard = InsuranceStandard
			.of(List.of(new CouncilCharter(1, "A協議会", settings(CharterSettings.UNLIMITED, 20_000_000L, 5_000_000L)),
					new CouncilCharter(2, "B会議", settings(100_000_000L, CharterSettings.UNLIMITED, 10_000_000L))));
		assertThat(standard.minimums()).isEqualTo(new InsuranceMinimums(CoverAmount.unlimited(),
				CoverAmount.unlimited(), true, CoverAmount.of(10_000_000)));
		assertThat(standard.councils()).containsExactly("A協議会", "B会議");
		assertThat(standard.source().getCodes()).containsExactly("insurance.standard.councils");
		assertThat(standard.source().getArguments()).containsExactly("A協議会、B会議");
		assertThat(codes(standard.perPerson(), standard.property(), standard.passenger()))
			.containsExactly("insurance.minimum.unlimited", "insurance.minimum.unlimited", "insurance.minimum.atLeast");
		assertThat(standard.passenger().getArguments()).containsExactly(10_000_000L);
		InsuranceStandard one = InsuranceStandard.of(List.of(new CouncilCharter(1, "A協議会", CharterSettings.typical())));
		assertThat(one.source().getCodes()).containsExactly("insurance.standard.council");
		assertThat(codes(one.perPerson(), one.property(), one.passenger())).containsExactly("insurance.minimum.atLeast",
				"insurance.minimum.atLeast", "insurance.minimum.anyAmount");
	}

	private static List<String> codes(MessageSourceResolvable... messages) {
		return List.of(messages).stream().map((m) -> m.getCodes()[0]).toList();
	}

	private static CharterSettings settings(long perPerson, long property, long passenger) {
		CharterSettings t = CharterSettings.typical();
		return new CharterSettings(t.maxMembers(), t.termMonths(), t.quorumRule(), t.decisionRule(), t.decisionBase(),
				t.tieBreak(), t.chairVotes(), t.proxyPolicy(), t.recusalEnabled(), t.meetingsPublicByDefault(),
				perPerson, property, passenger, t.proposalDeadlineMonths(), t.discussionDeadlineMonths());
	}

}
