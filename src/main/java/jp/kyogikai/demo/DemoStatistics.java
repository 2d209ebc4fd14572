package jp.kyogikai.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.council.CouncilSetupService;
import jp.kyogikai.statistics.StatisticsSetupService;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 佐久市's statistics of 令和7年度 as the seed meeting's 【佐久市の状況】 gives them, loaded from
 * {@code demo/saku-statistics-r7.csv} (which is also a sample of the import file).
 */
@Component
class DemoStatistics {

	static final FiscalYear YEAR = new FiscalYear(2025);

	static final String FILE = "demo/saku-statistics-r7.csv";

	private final CouncilSetupService councils;

	private final StatisticsSetupService statistics;

	DemoStatistics(CouncilSetupService councils, StatisticsSetupService statistics) {
		this.councils = councils;
		this.statistics = statistics;
	}

	void load() {
		this.councils.findMunicipality(DemoDataLoader.SAKU)
			.ifPresent((saku) -> this.statistics.load(saku.getId(), YEAR, file()));
	}

	private static byte[] file() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
