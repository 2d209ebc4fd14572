package jp.kyogikai.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jp.kyogikai.driver.DriverSnapshot;
import jp.kyogikai.operator.OperatorHistoryService.ManagerSnapshot;
import jp.kyogikai.operator.OperatorHistoryService.OfficeSnapshot;
import jp.kyogikai.operator.OperatorHistoryService.OperatorSnapshot;
import jp.kyogikai.operator.RegistryRecord.Registry;
import jp.kyogikai.vehicle.VehicleSnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field a history shows has a Japanese label under its registry's prefix (the
 * history templates build these keys at run time, so {@link MessagesTests} cannot see
 * them).
 */
class HistoryLabelsTests {

	@Test
	void everyFieldOfEveryRegistryHasAJapaneseLabel() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = HistoryLabelsTests.class.getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Map<Registry, Class<? extends Record>> snapshots = Map.of(Registry.OPERATOR, OperatorSnapshot.class,
				Registry.OFFICE, OfficeSnapshot.class, Registry.MANAGER, ManagerSnapshot.class, Registry.VEHICLE,
				VehicleSnapshot.class, Registry.DRIVER, DriverSnapshot.class);
		assertThat(snapshots).hasSize(Registry.values().length);
		List<String> missing = new ArrayList<>();
		int fields = 0;
		for (Map.Entry<Registry, Class<? extends Record>> snapshot : snapshots.entrySet()) {
			for (RecordComponent component : snapshot.getValue().getRecordComponents()) {
				fields++;
				String key = snapshot.getKey().labelPrefix() + "." + component.getName();
				if (!messages.containsKey(key)) {
					missing.add(key);
				}
			}
			assertThat(messages).containsKey("enum.Registry." + snapshot.getKey().name());
		}
		assertThat(fields).isGreaterThan(40);
		assertThat(missing).isEmpty();
	}

}
