package jp.kyogikai.minutes.rule;

import java.util.List;

import jp.kyogikai.minutes.rule.SpeakerLines.Statement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerLinesTests {

	@Test
	void oneStatementPerSpeakerWithContinuationLines() {
		List<Statement> statements = SpeakerLines.read("""
				小川委員：運賃を上げる理由は。
				燃料費のことか。
				（宮下理事長）燃料費と人件費の上昇です。
				中村会長: ほかに質問は。
				""");
		assertThat(statements).containsExactly(new Statement("小川委員", "運賃を上げる理由は。\n燃料費のことか。"),
				new Statement("宮下理事長", "燃料費と人件費の上昇です。"), new Statement("中村会長", "ほかに質問は。"));
	}

	@Test
	void textBeforeAnySpeakerHasNone() {
		assertThat(SpeakerLines.read("特に質疑なし。")).containsExactly(new Statement("", "特に質疑なし。"));
	}

	@Test
	void blankNotesHaveNoStatement() {
		assertThat(SpeakerLines.read(null)).isEmpty();
		assertThat(SpeakerLines.read(" \n ")).isEmpty();
	}

	@Test
	void aLongPrefixIsTextNotASpeaker() {
		String line = "この件については次回までに事務局で資料を整理することとした理由は次のとおり：予算";
		assertThat(SpeakerLines.read(line)).containsExactly(new Statement("", line));
	}

}
