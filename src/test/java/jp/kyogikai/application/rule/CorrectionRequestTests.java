package jp.kyogikai.application.rule;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("差戻しの指摘事項 (CorrectionRequest)")
class CorrectionRequestTests {

	@Test
	@DisplayName("項目ごとの指摘と全体への指摘を1つずつ受け付ける")
	void acceptsOneCommentPerFieldAndOneOnTheWhole() {
		CorrectionRequest request = new CorrectionRequest(List.of(new FieldComment("fare.baseFare", "基本運賃の根拠を添えてください。"),
				new FieldComment("otherCharges[0].appliesWhen", "迎車料金がかかる場合を具体的に書いてください。"),
				new FieldComment(null, "添付書類が不足しています。")));
		assertThat(request.violations()).isEmpty();
		assertThat(request.comments().get(2).general()).isTrue();
		assertThat(request.comments().get(0).general()).isFalse();
	}

	@Test
	@DisplayName("指摘のない差戻しはできない")
	void requiresAComment() {
		assertThat(new CorrectionRequest(List.of()).violations())
			.containsExactly(new ApplicationViolation("comments", "application.return.noComment"));
		assertThat(new CorrectionRequest(null).violations())
			.containsExactly(new ApplicationViolation("comments", "application.return.noComment"));
	}

	@Test
	@DisplayName("空の指摘、長すぎる指摘、同じ項目への2つ目の指摘を番号付きで返す")
	void reportsEachBadComment() {
		CorrectionRequest request = new CorrectionRequest(Arrays.asList(new FieldComment("fare.baseFare", " "),
				new FieldComment("fare.baseFare ", "重複"), new FieldComment("", "あ".repeat(1001)),
				new FieldComment(" ", "全体への2つ目"), new FieldComment("fare.amount", "あ".repeat(1000))));
		assertThat(request.violations()).containsExactly(
				new ApplicationViolation("comments[0].comment", "application.return.comment.blank", 1),
				new ApplicationViolation("comments[1].field", "application.return.field.duplicate", 2),
				new ApplicationViolation("comments[2].comment", "application.return.comment.tooLong", 3, 1000),
				new ApplicationViolation("comments[3].field", "application.return.field.duplicate", 4));
	}

}
