package jp.kyogikai.file;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an upload must pass, with a small limit instead of 20MB.
 */
@DisplayName("アップロードの確認 (FileCheck, FileType, FileDownloads)")
class FileCheckTests {

	private static final long LIMIT = 1024;

	@Test
	@DisplayName("本物の PDF・JPEG・PNG は中身で判定して受け付ける")
	void realFilesPass() throws IOException {
		assertThat(FileCheck.type(pdf())).isEqualTo(FileType.PDF);
		assertThat(FileCheck.type(image("jpg"))).isEqualTo(FileType.JPEG);
		assertThat(FileCheck.type(image("png"))).isEqualTo(FileType.PNG);
		assertThat(FileType.PDF.mediaType()).isEqualTo("application/pdf");
		assertThat(FileType.JPEG.mediaType()).isEqualTo("image/jpeg");
		assertThat(FileType.PNG.mediaType()).isEqualTo("image/png");
	}

	@Test
	@DisplayName("名前が .pdf でも中身がテキストなら受け付けない")
	void aTextFileNamedPdfFails() {
		byte[] text = "使用承諾書\n私は承諾します。".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> FileCheck.type(text))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(FileRejectedException.TYPE));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			'%PDF (no dash)',            25 50 44 46
			'JPEG cut after two bytes',  FF D8
			'PNG with a wrong byte',     89 50 4E 47 0D 0A 1A 0B
			'HTML',                      3C 68 74 6D 6C 3E
			'PDF magic not at the start', 20 25 50 44 46 2D
			'GIF',                       47 49 46 38 39 61
			""")
	@DisplayName("先頭のバイト列が合わないものは受け付けない")
	void wrongOrTruncatedMagicFails(String what, String hex) {
		byte[] content = bytes(hex);
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> FileCheck.type(content))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(FileRejectedException.TYPE));
	}

	@Test
	@DisplayName("空のファイル、ファイルの選択なしは受け付けない")
	void emptyAndMissingFail() {
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> FileCheck.type(new byte[0]))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(FileRejectedException.EMPTY));
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> FileCheck.checkSize("契約書.pdf", 0, LIMIT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(FileRejectedException.EMPTY));
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> FileCheck.checkSize("", 0, LIMIT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(FileRejectedException.MISSING));
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> FileCheck.checkSize(null, 0, LIMIT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(FileRejectedException.MISSING));
	}

	@Test
	@DisplayName("上限ちょうどは受け付け、1バイトでも超えれば大きさと上限を示して受け付けない")
	void sizeOverTheLimitFails() {
		FileCheck.checkSize("a.pdf", LIMIT, LIMIT);
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> FileCheck.checkSize("a.pdf", LIMIT + 1, LIMIT))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(FileRejectedException.TOO_LARGE);
				assertThat(ex.arguments()).containsExactly("2KB", "1KB");
			});
	}

	@ParameterizedTest(name = "{0} バイト → {1}")
	@CsvSource(textBlock = """
			1,        1バイト
			1023,     1023バイト
			1024,     1KB
			1025,     2KB
			1048576,  1.0MB
			20971520, 20.0MB
			20971521, 20.1MB
			""")
	@DisplayName("大きさの表示は切り上げ (上限をわずかに超えたファイルが上限と同じ値に見えない)")
	void sizesReadAsPeopleReadThem(long bytes, String text) {
		assertThat(FileCheck.sizeText(bytes)).isEqualTo(text);
	}

	@Test
	@DisplayName("上限の表示")
	void limitsReadAsPeopleReadThem() {
		assertThat(FileCheck.limitText(20L * 1024 * 1024)).isEqualTo("20MB");
		assertThat(FileCheck.limitText(512 * 1024)).isEqualTo("512KB");
		assertThat(FileCheck.limitText(1000)).isEqualTo("1000バイト");
	}

	@ParameterizedTest(name = "[{0}] ({1}) → [{2}]")
	@CsvSource(delimiter = ';', textBlock = """
			使用承諾書.pdf                     ; PDF ; 使用承諾書.pdf
			C:\\Users\\森田\\Desktop\\承諾書.pdf  ; PDF ; 承諾書.pdf
			../../etc/passwd                   ; PDF ; passwd.pdf
			契約書.html                         ; PDF ; 契約書.html.pdf
			写真.JPG                            ; JPEG ; 写真.jpg
			写真.jpeg                           ; JPEG ; 写真.jpeg
			scan.png                           ; JPEG ; scan.png.jpg
			'  .hidden.pdf  '                  ; PDF ; hidden.pdf
			a"b<c>:d*e?f|g.pdf                 ; PDF ; a_b_c__d_e_f_g.pdf
			''                                 ; PNG ; file.png
			...                                ; PNG ; file.png
			""")
	@DisplayName("保存する名前: フォルダを除き、使えない文字を置き換え、拡張子は中身の形式に合わせる")
	void namesAreSanitised(String original, FileType type, String expected) {
		assertThat(FileCheck.sanitise(original, type)).isEqualTo(expected);
	}

	@Test
	@DisplayName("制御文字・書字方向の制御文字は消え、長い名前は拡張子を残して200文字に切る")
	void controlCharactersGoAndLongNamesAreCut() {
		assertThat(FileCheck.sanitise("承諾\u0000書\u202Efdp.exe", FileType.PDF)).isEqualTo("承諾書fdp.exe.pdf");
		assertThat(FileCheck.sanitise("承諾書\r\n(1).pdf", FileType.PDF)).isEqualTo("承諾書(1).pdf");
		assertThat(FileCheck.sanitise(null, FileType.PDF)).isEqualTo("file.pdf");
		String longName = "あ".repeat(300) + ".pdf";
		String kept = FileCheck.sanitise(longName, FileType.PDF);
		assertThat(kept).hasSize(FileCheck.MAX_NAME_LENGTH).startsWith("あああ").endsWith("あ.pdf");
		String surrogates = "𠮷".repeat(250) + ".png";
		String cut = FileCheck.sanitise(surrogates, FileType.PNG);
		assertThat(cut.codePointCount(0, cut.length())).isEqualTo(FileCheck.MAX_NAME_LENGTH);
		assertThat(cut).endsWith("𠮷.png");
	}

	@Test
	@DisplayName("ダウンロードの名前は RFC 5987 の filename* と ASCII の代わりの名前")
	void contentDispositionNamesTheFileInRfc5987() {
		assertThat(FileDownloads.contentDisposition("使用承諾書 (1).pdf")).isEqualTo(
				"attachment; filename=\"_____ (1).pdf\"; filename*=UTF-8''%E4%BD%BF%E7%94%A8%E6%89%BF%E8%AB%BE%E6%9B%B8%20%281%29.pdf");
		assertThat(FileDownloads.contentDisposition("a\"b\\c.pdf"))
			.isEqualTo("attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%5Cc.pdf");
	}

	static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] image(String format) throws IOException {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xFF0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

	private static byte[] bytes(String hex) {
		String[] parts = hex.trim().split("\\s+");
		byte[] bytes = new byte[parts.length];
		for (int i = 0; i < parts.length; i++) {
			bytes[i] = (byte) Integer.parseInt(parts[i], 16);
		}
		return Arrays.copyOf(bytes, bytes.length);
	}

}
