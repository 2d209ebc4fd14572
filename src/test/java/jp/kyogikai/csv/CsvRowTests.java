package jp.kyogikai.csv;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowTests {

	final ImportErrors errors = new ImportErrors(messages());

	@Test
	void typedCellsAreReadAndBlankIsNull() {
		CsvRow row = row("日付", "R7.7.17", "金額", "80,000,000円", "人数", "４", "軽", "○", "空", "");
		assertThat(row.date("日付", this.errors)).isEqualTo(LocalDate.of(2025, 7, 17));
		assertThat(row.number("金額", this.errors)).isEqualTo(80_000_000L);
		assertThat(row.integer("人数", this.errors)).isEqualTo(4);
		assertThat(row.mark("軽", this.errors)).isTrue();
		assertThat(row.mark("空", this.errors)).isFalse();
		assertThat(row.date("空", this.errors)).isNull();
		assertThat(row.number("空", this.errors)).isNull();
		assertThat(row.text("ない列")).isEmpty();
		assertThat(this.errors.isEmpty()).isTrue();
	}

	@Test
	void unreadableCellsAreNamedWithRowAndColumn() {
		CsvRow row = row("日付", "令和7年2月30日", "人数", "四人", "軽", "たぶん", "種類", "トラック");
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("寝台車", "STRETCHER");
		kinds.put("セダン等", "SEDAN");
		kinds.put("SEDAN", "SEDAN");
		assertThat(row.date("日付", this.errors)).isNull();
		assertThat(row.integer("人数", this.errors)).isNull();
		assertThat(row.mark("軽", this.errors)).isFalse();
		assertThat(row.choice("種類", kinds, this.errors)).isNull();
		assertThat(row.choice("種類", Map.of("トラック", "X"), this.errors)).isEqualTo("X");
		assertThat(this.errors.result().errors()).extracting(ImportResult.LineError::line).containsOnly(3L);
		assertThat(this.errors.result().errors()).extracting(ImportResult.LineError::message)
			.containsExactly("日付「令和7年2月30日」を日付として読めません。2025-07-17、2025/7/17、令和7年7月17日、R7.7.17のように入力してください。",
					"人数「四人」は数字で入力してください。", "軽「たぶん」は「○」（該当する）か空欄（該当しない）で入力してください。", "種類「トラック」は次のどれかで入力してください：寝台車、セダン等");
		assertThat(this.errors.hasProblem(3, "人数")).isTrue();
		assertThat(this.errors.hasProblem(3, "氏名")).isFalse();
	}

	@Test
	void aFormsErrorsAreWordedAsOnTheFormAndACellIsNotReportedTwice() {
		Form form = new Form();
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "vehicleForm");
		result.rejectValue("seats", "NotNull", new Object[] { "乗車定員" }, null);
		result.rejectValue("plateNumber", "vehicle.plate.duplicate");
		result.reject("stale");
		this.errors.reject(5, "乗車定員", "csv.number.invalid", "abc");
		this.errors.reject(5, result, (field) -> field.equals("seats") ? "乗車定員" : "自動車登録番号");
		assertThat(this.errors.result().errors()).containsExactly(
				new ImportResult.LineError(5, "乗車定員", "乗車定員「abc」は数字で入力してください。"),
				new ImportResult.LineError(5, "自動車登録番号", "この自動車登録番号の車両はすでに登録されています。"),
				new ImportResult.LineError(5, null, "他の職員が先に更新しました。画面を開き直して最新の内容を確認してから、もう一度保存してください。"));
	}

	@Test
	void datesInMessagesAreInWareki() {
		this.errors.reject(2, null, "import.tooLarge", LocalDate.of(2025, 7, 17));
		assertThat(this.errors.result().errors().get(0).message()).contains("令和7年7月17日");
	}

	private static CsvRow row(String... cells) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < cells.length; i += 2) {
			map.put(cells[i], cells[i + 1]);
		}
		return new CsvRow(3, map);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static class Form {

		private Integer seats;

		private String plateNumber;

		public Integer getSeats() {
			return this.seats;
		}

		public String getPlateNumber() {
			return this.plateNumber;
		}

		public List<String> getOthers() {
			return List.of();
		}

	}

}
