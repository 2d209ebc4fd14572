package jp.kyogikai.file;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import jp.kyogikai.support.IntegrationTest;
import jp.kyogikai.support.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Files stored in PostgreSQL: checked by content, hashed, never changed, read only within
 * their municipality.
 */
@IntegrationTest
class StoredFileServiceTests {

	@Autowired
	StoredFileService files;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPdfIsStoredWithItsSha256MediaTypeFromTheContentAndASafeName() throws Exception {
		long municipality = this.tenants.create().municipality().getId();
		byte[] pdf = FileCheckTests.pdf();
		StoredFileInfo stored = this.files
			.store(new MockMultipartFile("file", "C:\\scans\\使用承諾書.pdf", "text/plain", pdf), municipality, "staff");
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		assertThat(stored.sha256()).isEqualTo(expected).hasSize(64);
		assertThat(this.jdbc.sql("select sha256 from stored_file where id = :id")
			.param("id", stored.id())
			.query(String.class)
			.single()).isEqualTo(expected);
		assertThat(this.jdbc.sql("select encode(sha256(content), 'hex') from stored_file where id = :id")
			.param("id", stored.id())
			.query(String.class)
			.single()).isEqualTo(expected);
		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(stored.fileName()).isEqualTo("使用承諾書.pdf");
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.uploadedBy()).isEqualTo("staff");
		assertThat(stored.uploadedAt()).isNotNull();
		StoredFileContent read = this.files.content(stored.id(), municipality);
		assertThat(read.content()).isEqualTo(pdf);
		assertThat(read.info()).isEqualTo(stored);
		assertThat(this.files.info(stored.id(), municipality)).contains(stored);
	}

	@Test
	void imagesAreStoredUnderTheirRealType() throws Exception {
		long municipality = this.tenants.create().municipality().getId();
		StoredFileInfo jpeg = this.files.store(FileCheckTests.image("jpg"), "写真.png", municipality, "staff");
		StoredFileInfo png = this.files.store(FileCheckTests.image("png"), "図.png", municipality, "staff");
		assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
		assertThat(jpeg.fileName()).isEqualTo("写真.png.jpg");
		assertThat(png.mediaType()).isEqualTo("image/png");
		assertThat(this.files.infos(List.of(jpeg.id(), png.id()), municipality)).extracting(StoredFileInfo::id)
			.containsExactly(png.id(), jpeg.id());
	}

	@Test
	void refusedFilesAreNotStored() {
		long municipality = this.tenants.create().municipality().getId();
		long before = count(municipality);
		byte[] text = "これはPDFではありません".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> this.files.store(new MockMultipartFile("file", "承諾書.pdf", "application/pdf", text),
					municipality, "staff"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(FileRejectedException.TYPE));
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> this.files.store(new MockMultipartFile("file", "承諾書.pdf", "application/pdf", new byte[0]),
					municipality, "staff"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(FileRejectedException.EMPTY));
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> this.files.store(
					new MockMultipartFile("file", "", "application/octet-stream", new byte[0]), municipality, "staff"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(FileRejectedException.MISSING));
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> this.files.store((MockMultipartFile) null, municipality, "staff"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(FileRejectedException.MISSING));
		assertThat(count(municipality)).isEqualTo(before);
	}

	@Test
	void theDefaultLimitIsTwentyMegabytes() {
		assertThat(this.files.limitText()).isEqualTo("20MB");
	}

	@Test
	void aStoredFileCannotBeChanged() throws Exception {
		long municipality = this.tenants.create().municipality().getId();
		StoredFileInfo stored = this.files.store(FileCheckTests.pdf(), "a.pdf", municipality, "staff");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update stored_file set file_name = 'b.pdf' where id = :id")
				.param("id", stored.id())
				.update());
		assertThat(this.files.info(stored.id(), municipality).orElseThrow().fileName()).isEqualTo("a.pdf");
	}

	@Test
	void anotherMunicipalitysFileIsNotFound() throws Exception {
		long mine = this.tenants.create().municipality().getId();
		long theirs = this.tenants.create().municipality().getId();
		StoredFileInfo stored = this.files.store(FileCheckTests.pdf(), "a.pdf", mine, "staff");
		assertThat(this.files.info(stored.id(), theirs)).isEmpty();
		assertThat(this.files.infos(List.of(stored.id()), theirs)).isEmpty();
		assertThatExceptionOfType(StoredFileNotFoundException.class)
			.isThrownBy(() -> this.files.content(stored.id(), theirs));
	}

	private long count(long municipality) {
		return this.jdbc.sql("select count(*) from stored_file where municipality_id = :m")
			.param("m", municipality)
			.query(Long.class)
			.single();
	}

}
