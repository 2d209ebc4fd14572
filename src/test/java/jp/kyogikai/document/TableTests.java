package jp.kyogikai.document;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TableTests {

	@Test
	void aRowNeedsOneCellPerColumn() {
		Table table = Table.of(Column.of("氏名", 1), Column.of("備考", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> table.row("上嶋通徳"))
			.withMessage("A row needs 2 cells, not 1");
	}

	@Test
	void aTableWithoutLabelsHasNoHeaderRow() {
		assertThat(Table.of(Column.of("", 1), Column.of(null, 2)).hasHeader()).isFalse();
		assertThat(Table.of(Column.of("", 1), Column.of("備考", 2)).hasHeader()).isTrue();
	}

	@Test
	void theDocumentKeepsTheRowsTheTableHadWhenAdded() throws IOException {
		Table table = Table.of(Column.of("氏名", 1)).row("上嶋通徳");
		PdfDocumentBuilder builder = PdfDocumentBuilder.a4(DocumentInfo.of("名簿", "佐久市")).table(table);
		table.row("的場 正芳");
		assertThat(PdfDocumentBuilderTests.text(builder.toBytes())).contains("上嶋通徳").doesNotContain("的場");
	}

	@Test
	void weightsAndSizesMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> Column.of("氏名", 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Text.of("x").withSize(0));
	}

}
