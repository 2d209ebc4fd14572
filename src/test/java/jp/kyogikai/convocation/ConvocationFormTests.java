package jp.kyogikai.convocation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document number as the letter prints it.
 */
class ConvocationFormTests {

	@ParameterizedTest(name = "{0} + {1} → {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			佐福第    | 123  | 佐福第123号
			佐福第    | null | 佐福第　号
			' 佐福第 ' | ' 7 ' | 佐福第7号
			null      | null | 　　第　号
			''        | 45   | 　　第45号
			""")
	void documentNumber(String prefix, String number, String printed) {
		assertThat(ConvocationForm.label(prefix, number)).isEqualTo(printed);
	}

}
