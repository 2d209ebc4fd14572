package jp.kyogikai.statistics.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountTests {

	@ParameterizedTest(name = "\"{0}\" reads as {1}")
	@CsvSource(delimiter = '|', textBlock = """
			97234        | 97234
			97,234       | 97234
			'  97234 '   | 97234
			９７，２３４   | 97234
			　１２　       | 12
			0            | 0
			007          | 7
			1,234,567    | 1234567
			99999999     | 99999999
			99,999,999   | 99999999
			""")
	void readsWholeNumbersAsTyped(String text, long expected) {
		Count.Result result = Count.parse(text);
		assertThat(result.ok()).isTrue();
		assertThat(result.value()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			''              | BLANK
			'   '           | BLANK
			-1              | INVALID
			－1             | INVALID
			1.5             | INVALID
			abc             | INVALID
			1,23            | INVALID
			12,3456         | INVALID
			1 234           | INVALID
			100000000       | TOO_LARGE
			100,000,000     | TOO_LARGE
			99999999999999  | TOO_LARGE
			""")
	void refusesWhatIsNotACount(String text, Count.Problem problem) {
		Count.Result result = Count.parse(text);
		assertThat(result.ok()).isFalse();
		assertThat(result.value()).isNull();
		assertThat(result.problem()).isEqualTo(problem);
	}

	@Test
	void nullIsBlank() {
		assertThat(Count.parse(null).problem()).isEqualTo(Count.Problem.BLANK);
	}

}
