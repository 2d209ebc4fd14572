package jp.kyogikai.document;

import java.io.IOException;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a 200-page packet takes: 20 parts of 10 pages each (tables, Japanese text)
 * generated as the generated materials are, then bound with the contents, stamps and
 * bookmarks. Not a timed assertion: run it by hand and read the figure.
 *
 * <pre class="code">
 * ./mvnw -B -o test -Dtest=PacketBenchmark -Dbenchmark=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PacketBenchmark {

	@Test
	void bindTwoHundredPages() throws IOException {
		for (int round = 1; round <= 3; round++) {
			long start = System.nanoTime();
			byte[][] parts = new byte[20][];
			long bytes = 0;
			for (int i = 0; i < parts.length; i++) {
				parts[i] = part(i + 1);
				bytes += parts[i].length;
			}
			long generated = System.nanoTime();
			PacketAssembler packet = PacketAssembler
				.of(new DocumentInfo("会議資料", "佐久市", "協議会", LocalDate.of(2025, 7, 17)))
				.heading("佐久市福祉有償運送運営協議会", "令和7年度 第1回 会議資料");
			for (int i = 0; i < parts.length; i++) {
				packet.part("資料No." + (i + 1), "資料その" + (i + 1), parts[i]);
			}
			byte[] pdf = packet.toBytes();
			long end = System.nanoTime();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(document.getNumberOfPages()).isEqualTo(201);
			}
			System.out.printf(
					"PacketBenchmark round %d: 200 pages in 20 parts generated in %d ms (%d KB), bound in %d ms (%d KB out), %d ms in all%n",
					round, (generated - start) / 1_000_000, bytes / 1024, (end - generated) / 1_000_000,
					pdf.length / 1024, (end - start) / 1_000_000);
		}
	}

	static byte[] part(int number) {
		PdfDocumentBuilder builder = PdfDocumentBuilder.a4(DocumentInfo.of("資料その" + number, "佐久市"))
			.header("佐久市福祉有償運送運営協議会", "資料No." + number);
		for (int page = 1; page <= 10; page++) {
			if (page > 1) {
				builder.pageBreak();
			}
			builder.heading("資料その" + number + " 第" + page + "頁");
			Table table = Table.of(Column.of("番号", 1), Column.of("登録事業者名", 5), Column.of("所在地", 3),
					Column.of("登録有効期限", 3));
			for (int row = 1; row <= 25; row++) {
				table.row(String.valueOf(row), "特定非営利活動法人 福祉の会" + row, "長野県佐久市", "令和8年3月31日");
			}
			builder.table(table);
		}
		return builder.toBytes();
	}

}
