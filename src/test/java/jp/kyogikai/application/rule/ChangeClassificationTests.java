package jp.kyogikai.application.rule;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@DisplayName("変更登録の内容の区分 (ChangeItem, ChangeClassification)")
class ChangeClassificationTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(textBlock = """
			TRANSPORT_KIND_CHANGED, DELIBERATION
			AREA_ENLARGED,          DELIBERATION
			AREA_REDUCED,           NOTIFICATION
			TRANSPORT_KIND_REDUCED, NOTIFICATION
			NAME,                   NOTIFICATION
			ADDRESS,                NOTIFICATION
			REPRESENTATIVE,         NOTIFICATION
			OFFICE,                 NOTIFICATION
			VEHICLE_COUNT,          NOTIFICATION
			""")
	@DisplayName("運送の種別の変更と区域の拡大は協議、区域の縮小・種別の減少・名称・住所・代表者・事務所・自動車の数は軽微変更届出")
	void classifiesEachItem(ChangeItem item, Procedure procedure) {
		assertThat(item.procedure()).isEqualTo(procedure);
		ChangeClassification alone = ChangeClassification.of(Set.of(item));
		assertThat(alone.isValid()).isTrue();
		assertThat(alone.violations()).isEmpty();
		assertThat(alone.procedure()).isEqualTo(procedure);
	}

	@ParameterizedTest(name = "[{0}] → {1}、協議が必要な事項 [{2}]")
	@CsvSource(textBlock = """
			AREA_ENLARGED NAME,                                    DELIBERATION, AREA_ENLARGED
			NAME AREA_ENLARGED VEHICLE_COUNT,                      DELIBERATION, AREA_ENLARGED
			TRANSPORT_KIND_CHANGED AREA_ENLARGED OFFICE,           DELIBERATION, TRANSPORT_KIND_CHANGED AREA_ENLARGED
			AREA_REDUCED TRANSPORT_KIND_CHANGED,                   DELIBERATION, TRANSPORT_KIND_CHANGED
			AREA_REDUCED VEHICLE_COUNT NAME,                       NOTIFICATION, ''
			TRANSPORT_KIND_REDUCED AREA_REDUCED,                   NOTIFICATION, ''
			NAME ADDRESS REPRESENTATIVE OFFICE VEHICLE_COUNT,      NOTIFICATION, ''
			""")
	@DisplayName("協議が必要な事項が1つでもあれば協議、届出の事項だけなら軽微変更届出")
	void anyDeliberationItemMakesItADeliberation(String items, Procedure procedure, String deliberationItems) {
		ChangeClassification classification = ChangeClassification.of(items(items));
		assertThat(classification.procedure()).isEqualTo(procedure);
		assertThat(classification.deliberationItems()).containsExactlyElementsOf(items(deliberationItems));
		assertThat(classification.items()).containsExactlyElementsOf(items(items));
		assertThat(classification.messageCode()).isEqualTo((procedure == Procedure.DELIBERATION)
				? "application.change.deliberation" : "application.change.notification");
	}

	@Test
	@DisplayName("すべての事項を変えるなら協議")
	void everythingAtOnceIsADeliberation() {
		ChangeClassification classification = ChangeClassification.of(EnumSet.allOf(ChangeItem.class));
		assertThat(classification.procedure()).isEqualTo(Procedure.DELIBERATION);
		assertThat(classification.deliberationItems()).containsExactly(ChangeItem.TRANSPORT_KIND_CHANGED,
				ChangeItem.AREA_ENLARGED);
	}

	@Test
	@DisplayName("変更する事項がなければ入力の誤り (例外ではなく違反として返す)")
	void noItemIsAnInputError() {
		for (ChangeClassification empty : List.of(ChangeClassification.of(Set.of()), ChangeClassification.of(null),
				new ChangeClassification(null), ChangeClassification.of(Arrays.asList((ChangeItem) null)))) {
			assertThat(empty.isValid()).isFalse();
			assertThat(empty.items()).isEmpty();
			assertThat(empty.violations())
				.containsExactly(new ApplicationViolation("changeItems", "application.change.none"));
			assertThatIllegalStateException().isThrownBy(empty::procedure);
			assertThatIllegalStateException().isThrownBy(empty::messageCode);
		}
	}

	@Test
	@DisplayName("選んだ事項の集合は後から変わらない")
	void keepsItsOwnCopyOfTheItems() {
		Set<ChangeItem> items = new HashSet<>(Set.of(ChangeItem.NAME));
		ChangeClassification classification = ChangeClassification.of(items);
		items.add(ChangeItem.AREA_ENLARGED);
		assertThat(classification.procedure()).isEqualTo(Procedure.NOTIFICATION);
		assertThat(classification.items()).containsExactly(ChangeItem.NAME);
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationType.class, names = "CHANGE", mode = EnumSource.Mode.EXCLUDE)
	@DisplayName("変更登録以外の申請はいつも協議")
	void everyOtherTypeIsDeliberated(ApplicationType type) {
		assertThat(type.procedure(null)).isEqualTo(Procedure.DELIBERATION);
		assertThat(type.procedure(ChangeClassification.of(Set.of(ChangeItem.NAME)))).isEqualTo(Procedure.DELIBERATION);
		assertThat(type.namesChanges()).isFalse();
	}

	@Test
	@DisplayName("変更登録は変更する事項しだい")
	void aChangeFollowsItsItems() {
		assertThat(ApplicationType.CHANGE.namesChanges()).isTrue();
		assertThat(ApplicationType.CHANGE.procedure(ChangeClassification.of(Set.of(ChangeItem.VEHICLE_COUNT))))
			.isEqualTo(Procedure.NOTIFICATION);
		assertThat(ApplicationType.CHANGE.procedure(ChangeClassification.of(Set.of(ChangeItem.AREA_ENLARGED))))
			.isEqualTo(Procedure.DELIBERATION);
		assertThatIllegalStateException().isThrownBy(() -> ApplicationType.CHANGE.procedure(null));
		assertThatIllegalStateException()
			.isThrownBy(() -> ApplicationType.CHANGE.procedure(ChangeClassification.of(Set.of())));
	}

	@ParameterizedTest(name = "{0}: 対価を申請={1}、現行と並べる={2}")
	@CsvSource(textBlock = """
			NEW,         true,  false
			RENEWAL,     true,  false
			CHANGE,      false, false
			FARE_CHANGE, true,  true
			DISSOLUTION, false, false
			""")
	@DisplayName("対価を申請するのは新規・更新・対価の変更、現行の対価と並べるのは対価の変更")
	void saysWhichTypesCarryFares(ApplicationType type, boolean proposesFares, boolean compares) {
		assertThat(type.proposesFares()).isEqualTo(proposesFares);
		assertThat(type.comparesWithCurrentFares()).isEqualTo(compares);
	}

	private static List<ChangeItem> items(String names) {
		return Arrays.stream(names.split(" ")).filter((n) -> !n.isBlank()).map(ChangeItem::valueOf).sorted().toList();
	}

}
