package jp.kyogikai.minutes.rule;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameMaskTests {

	private static NameMask mask() {
		Map<String, String> aliases = new LinkedHashMap<>();
		aliases.put("小川 さくら", "Ａ委員");
		aliases.put("宮下　節子", "Ｂ氏");
		aliases.put("中村光一", "Ｃ委員");
		return NameMask.of(aliases);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			小川 さくら                        | Ａ委員
			小川さくら                          | Ａ委員
			小川　さくら委員                     | Ａ委員
			小川委員：運賃の根拠は。              | Ａ委員：運賃の根拠は。
			（小川委員）質問します。               | （Ａ委員）質問します。
			小川さん、小川様、小川氏              | Ａ委員、Ａ委員、Ａ委員
			小川町の停留所                       | 小川町の停留所
			宮下節子理事長が説明した。             | Ｂ氏理事長が説明した。
			宮下氏から回答                       | Ｂ氏から回答
			中村光一会長                        | Ｃ委員
			中村会長                            | 中村会長
			出席：小川 さくら、宮下 節子            | 出席：Ａ委員、Ｂ氏
			小川 委員、小川　座長                 | Ａ委員、Ａ委員
			大宮下氏                            | 大宮下氏
			""")
	void masksNamesWrittenAnyWay(String text, String expected) {
		assertThat(mask().apply(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			小川 さくら | 小川 さくら
			事務局      | 事務局
			""")
	void noneChangesNothing(String text, String expected) {
		assertThat(NameMask.none().apply(text)).isEqualTo(expected);
		assertThat(NameMask.none().isEmpty()).isTrue();
		assertThat(NameMask.of(Map.of(" ", "Ｘ")).isEmpty()).isTrue();
	}

	@org.junit.jupiter.api.Test
	void longerNamesFirst() {
		Map<String, String> aliases = new LinkedHashMap<>();
		aliases.put("田中 一", "Ａ委員");
		aliases.put("田中 一郎", "Ｂ委員");
		assertThat(NameMask.of(aliases).apply("田中一郎委員と田中一委員")).isEqualTo("Ｂ委員とＡ委員");
	}

}
