package jp.kyogikai.document;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Line breaking with a fixed advance: every Japanese character 1 wide, every ASCII
 * character ½. The expected lines are separated by {@code |}.
 */
class LineBreakerTests {

	private static final LineBreaker.Advance ADVANCE = (codePoint) -> (codePoint < 0x80) ? 0.5f : 1f;

	@ParameterizedTest(name = "「{0}」 幅{1} → {2}")
	@CsvSource(delimiter = ';', textBlock = """
			あいうえお            ; 3 ; あいう|えお
			あいうえお            ; 5 ; あいうえお
			あいうえおか          ; 5 ; あいうえお|か
			あいう。えお          ; 3 ; あい|う。え|お
			あいう、えお          ; 3 ; あい|う、え|お
			あいうえ）お          ; 4 ; あいう|え）お
			あい「うえ」          ; 3 ; あい|「う|え」
			あいうっと            ; 3 ; あい|うっと
			あいサービス          ; 3 ; あい|サービ|ス
			あいR6.8.10           ; 4 ; あい|R6.8.10
			ABCDEFGHIJ            ; 2 ; ABCD|EFGH|IJ
			AB CD EF              ; 2.5 ; AB CD|EF
			あいうえおか          ; 2 ; あい|うえ|おか
			""                    ; 3 ; ""
			""")
	void wrapsByCharacterWithKinsoku(String text, float width, String expected) {
		assertThat(texts(LineBreaker.wrap(text, width, ADVANCE))).containsExactly(expected.split("\\|", -1));
	}

	@Test
	void lineBreaksStartNewLinesThatAreNotJustified() {
		List<LineBreaker.Line> lines = LineBreaker.wrap("あいうえ\nお", 3, ADVANCE);
		assertThat(texts(lines)).containsExactly("あいう", "え", "お");
		assertThat(lines).extracting(LineBreaker.Line::wrapped).containsExactly(true, false, false);
		assertThat(lines).extracting(LineBreaker.Line::width).containsExactly(3f, 1f, 1f);
	}

	@Test
	void aRunOfPunctuationLongerThanALineBreaksWhereTheLineIsFull() {
		assertThat(texts(LineBreaker.wrap("あいうえ。。。。。", 4, ADVANCE))).containsExactly("あいう", "え。。。", "。。");
	}

	@Test
	void aCharacterWiderThanTheLineStandsAlone() {
		assertThat(texts(LineBreaker.wrap("あい", 0.5f, ADVANCE))).containsExactly("あ", "い");
	}

	@Test
	void spacesAtABreakAreDropped() {
		assertThat(texts(LineBreaker.wrap("あい うえ", 2, ADVANCE))).containsExactly("あい", "うえ");
	}

	@Test
	void noLineStartsWithAProhibitedCharacterInALongText() {
		String text = "道路運送法（昭和26年法律第183号。以下「法」という。）の規定に基づき、自家用有償旅客運送（道路運送法施行規則"
				+ "（昭和26年運輸省令第75号）第49条第3号に規定する福祉有償運送に限る。以下同じ。）の適正な運営の確保について協議するため、" + "佐久市福祉有償運送運営協議会（以下「協議会」という。）を置く。";
		for (int width = 5; width <= 40; width++) {
			List<String> lines = texts(LineBreaker.wrap(text, width, ADVANCE));
			assertThat(String.join("", lines)).isEqualTo(text);
			for (int i = 1; i < lines.size(); i++) {
				assertThat(LineBreaker.NO_START.indexOf(lines.get(i).codePointAt(0)))
					.as("line %s at width %s", i, width)
					.isNegative();
				String previous = lines.get(i - 1);
				assertThat(LineBreaker.NO_END.indexOf(previous.codePointBefore(previous.length())))
					.as("line %s at width %s", i - 1, width)
					.isNegative();
			}
		}
	}

	private static List<String> texts(List<LineBreaker.Line> lines) {
		return lines.stream().map(LineBreaker.Line::text).toList();
	}

}
