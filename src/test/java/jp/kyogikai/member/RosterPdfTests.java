package jp.kyogikai.member;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import jp.kyogikai.member.rule.Term;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 委員名簿 PDF of ten members: its text, its fonts, its size and how fast it is made.
 */
class RosterPdfTests {

	static final LocalDate START = LocalDate.of(2024, 8, 10);

	static Roster tenMembers() {
		List<RosterEntry> entries = new ArrayList<>();
		String[][] people = { { "上嶋通徳", "かみしまみちのり", "識見を有する者", "佐久市区長会 理事\n望月 布施地区会長" },
				{ "的場 正芳", "まとば まさよし", "識見を有する者", "佐久市民生児童委員協議会 副会長" },
				{ "丸山 正徳", "まるやま まさのり", "識見を有する者", "長野県企画振興部交通政策課 課長" },
				{ "塩原隆太郎", "しおばらりゅうたろう", "長野運輸支局長が指定する職員", "国土交通省北陸信越運輸局 長野運輸支局 主席運輸企画専門官(輸送・監査担当)" },
				{ "水上 直輝", "みずかみ なおき", "現に福祉有償運送を行っているNPO等", "特定非営利活動法人 たんと 管理者" },
				{ "小板橋 真", "こいたばし まこと", "タクシー事業者", "岩村田観光タクシー(株)代表取締役" },
				{ "大平 和子", "おおひら かずこ", "タクシー運転者", "岩村田観光タクシー(株)運行管理者" },
				{ "小林 義夫", "こばやし ひさお", "福祉有償運送の利用者", "佐久市身体障害者福祉協会 会長" }, { "小池 誠", "こいけ まこと", "市職員", "福祉部 部長" },
				{ "髙﨑 花子", "たかさき はなこ", "市職員", "福祉部高齢者福祉課 課長" } };
		for (int i = 0; i < people.length; i++) {
			String[] p = people[i];
			entries.add(new RosterEntry(i, i, p[0], p[1], p[2], p[3], (i == 0) ? OfficerRole.CHAIR : null, START,
					START.plusYears(1).minusDays(1), false, false));
		}
		return new Roster(1, "佐久市福祉有償運送運営協議会", LocalDate.of(2025, 7, 17),
				new Term(START, START.plusYears(1).minusDays(1)), 10, 12, entries);
	}

	@Test
	void theRosterOfTenMembersHoldsItsTextSmallAndFast() throws Exception {
		Roster roster = tenMembers();
		RosterPdf.render(roster, "佐久市", (v) -> "会長");
		long started = System.nanoTime();
		byte[] pdf = RosterPdf.render(roster, "佐久市", (v) -> "会長");
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("委員名簿PDF（10人）: %,d bytes, %d ms%n", pdf.length, millis);
		assertThat(pdf.length).isLessThan(300 * 1024);
		assertThat(millis).isLessThan(2_000);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("佐久市福祉有償運送運営協議会委員名簿（任期R6.8.10～R7.8.9）")
				.contains("かみしまみちのり")
				.contains("上嶋通徳")
				.contains("長野運輸支局長が指定する職員")
				.contains("髙﨑 花子")
				.contains("設置要綱により委員は10人以内。")
				.contains("設置要綱により任期は1年とする。")
				.contains("会長")
				.contains("1 / 1");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("佐久市福祉有償運送運営協議会委員名簿");
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("佐久市");
			for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
				PDFont font = document.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+IPAex.*");
			}
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
			Path previews = Files.createDirectories(Path.of("target", "pdf-previews"));
			ImageIO.write(image, "png", new File(previews.toFile(), "roster.png"));
			assertThat(image.getWidth()).isBetween(820, 830);
			assertThat(darkPixels(image)).as("ink on the page").isGreaterThan(2_000);
		}
	}

	@Test
	void anEmptyRosterSaysSo() throws Exception {
		Roster empty = new Roster(1, "試験協議会", LocalDate.of(2025, 7, 17), null, 10, 24, List.of());
		try (PDDocument document = Loader.loadPDF(RosterPdf.render(empty, "試験市", (v) -> ""))) {
			assertThat(new PDFTextStripper().getText(document)).contains("この日に在任している委員はいません。")
				.contains("設置要綱により任期は2年とする。");
		}
	}

	static int darkPixels(BufferedImage image) {
		int dark = 0;
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				int rgb = image.getRGB(x, y);
				int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
				if (grey < 128) {
					dark++;
				}
			}
		}
		return dark;
	}

}
