package jp.kyogikai.application.rule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.kyogikai.calendar.FiscalYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("添付書類の一覧 (AttachmentChecklist) と受付番号 (ReceiptNumber)")
class AttachmentChecklistTests {

	@ParameterizedTest(name = "{0}: 必須 [{1}]")
	@CsvSource(
			textBlock = """
					NEW,         ARTICLES OFFICERS BUSINESS_PLAN AREA_MAP DRIVER_ROSTER COURSE_CERTIFICATES VEHICLE_INSPECTION INSURANCE FARE_TABLE
					RENEWAL,     OFFICERS DRIVER_ROSTER COURSE_CERTIFICATES VEHICLE_INSPECTION INSURANCE FARE_TABLE
					FARE_CHANGE, FARE_TABLE COST_BASIS
					DISSOLUTION, ''
					CHANGE,      ''
					""")
	@DisplayName("種類ごとの必須書類（変更登録は変更する事項しだい）")
	void requiredDocumentsPerType(ApplicationType type, String required) {
		AttachmentChecklist checklist = AttachmentChecklist.of(type, Set.of());
		assertThat(checklist.required()).containsExactlyElementsOf(kinds(required));
		assertThat(checklist.optional()).contains(AttachmentKind.OTHER);
		assertThat(kinds(required)).noneMatch(checklist.optional()::contains);
		assertThat(checklist.all().subList(0, checklist.required().size())).containsExactlyElementsOf(kinds(required));
	}

	@ParameterizedTest(name = "[{0}] → 必須 [{1}]")
	@CsvSource(
			textBlock = """
					NAME,                                ARTICLES
					ADDRESS NAME,                        ARTICLES
					REPRESENTATIVE,                      OFFICERS
					VEHICLE_COUNT,                       VEHICLE_INSPECTION INSURANCE
					AREA_REDUCED,                        AREA_MAP
					AREA_ENLARGED,                       BUSINESS_PLAN AREA_MAP
					TRANSPORT_KIND_CHANGED VEHICLE_COUNT, BUSINESS_PLAN DRIVER_ROSTER COURSE_CERTIFICATES VEHICLE_INSPECTION INSURANCE
					OFFICE,                              ''
					TRANSPORT_KIND_REDUCED,              ''
					""")
	@DisplayName("変更登録は、変更する事項が求める書類をすべて必須にする")
	void aChangeRequiresWhatItsItemsCallFor(String items, String required) {
		Set<ChangeItem> changes = EnumSet.noneOf(ChangeItem.class);
		Arrays.stream(items.split(" ")).map(ChangeItem::valueOf).forEach(changes::add);
		AttachmentChecklist checklist = AttachmentChecklist.of(ApplicationType.CHANGE, changes);
		assertThat(checklist.required()).containsExactlyElementsOf(kinds(required));
		assertThat(checklist.accepts(AttachmentKind.OTHER)).isTrue();
		assertThat(checklist.accepts(AttachmentKind.ARTICLES)).isTrue();
		assertThat(checklist.accepts(AttachmentKind.FARE_TABLE)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(ApplicationType.class)
	@DisplayName("どの種類でも、必須と任意は重ならず、その他の書類を添付できる")
	void requiredAndOptionalDoNotOverlap(ApplicationType type) {
		AttachmentChecklist checklist = AttachmentChecklist.of(type, EnumSet.allOf(ChangeItem.class));
		assertThat(checklist.required()).noneMatch(checklist.optional()::contains);
		assertThat(checklist.accepts(AttachmentKind.OTHER)).isTrue();
		assertThat(checklist.all()).doesNotHaveDuplicates()
			.hasSize(checklist.required().size() + checklist.optional().size());
	}

	@Test
	@DisplayName("提出できないときは、足りない必須書類を名前で返す")
	void missingNamesTheKindsNotYetAttached() {
		AttachmentChecklist checklist = AttachmentChecklist.of(ApplicationType.FARE_CHANGE, null);
		assertThat(checklist.missing(List.of())).containsExactly(AttachmentKind.FARE_TABLE, AttachmentKind.COST_BASIS);
		assertThat(checklist.missing(List.of(AttachmentKind.COST_BASIS, AttachmentKind.OTHER)))
			.containsExactly(AttachmentKind.FARE_TABLE);
		assertThat(checklist.missing(List.of(AttachmentKind.FARE_TABLE, AttachmentKind.COST_BASIS))).isEmpty();
		assertThat(checklist.violations(List.of(AttachmentKind.COST_BASIS))).singleElement().satisfies((v) -> {
			assertThat(v.code()).isEqualTo("application.attachments.missing");
			assertThat(v.arguments()).containsExactly(List.of(AttachmentKind.FARE_TABLE));
		});
		assertThat(checklist.violations(Arrays.asList(AttachmentKind.FARE_TABLE, null, AttachmentKind.COST_BASIS)))
			.isEmpty();
	}

	@ParameterizedTest(name = "{0} の {1}件目 → {2}")
	@CsvSource(textBlock = """
			2025-04-01, 1,  7福有第1号
			2025-07-17, 3,  7福有第3号
			2026-03-31, 12, 7福有第12号
			2026-04-01, 1,  8福有第1号
			2019-04-01, 5,  31福有第5号
			2019-05-07, 6,  31福有第6号
			2020-04-01, 1,  2福有第1号
			1989-04-01, 1,  1福有第1号
			""")
	@DisplayName("受付番号は年度（4月1日の元号の年）ごとに1から数える")
	void receiptNumbersCountWithinTheFiscalYear(LocalDate receivedOn, int sequence, String text) {
		ReceiptNumber number = ReceiptNumber.of(receivedOn, sequence);
		assertThat(number.text()).isEqualTo(text);
		assertThat(number.fiscalYear()).isEqualTo(FiscalYear.of(receivedOn));
	}

	@Test
	@DisplayName("受付番号は1から")
	void receiptNumbersStartAtOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReceiptNumber.of(LocalDate.of(2025, 7, 1), 0));
	}

	private static List<AttachmentKind> kinds(String names) {
		if (names == null || names.isBlank()) {
			return List.of();
		}
		return Arrays.stream(names.strip().split(" +")).map(AttachmentKind::valueOf).toList();
	}

}
