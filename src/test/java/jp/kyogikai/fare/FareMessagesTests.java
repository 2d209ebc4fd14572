package jp.kyogikai.fare;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Japanese the fare module needs beyond what {@code MessagesTests} finds literally:
 * the statuses of agreements, the codes {@link FareTexts} builds, and the labels Spring
 * quotes when an input of the {@code schedule} form is not a number.
 */
class FareMessagesTests {

	@Test
	void everyStatusHasALabel() throws IOException {
		Properties messages = messages();
		for (FareStatus status : FareStatus.values()) {
			assertThat(messages).containsKey("enum.FareStatus." + status.name());
		}
	}

	@Test
	void theCodesFareTextsBuildExist() throws IOException {
		assertThat(messages()).containsKeys("fare.text.distance.base", "fare.text.time.base");
	}

	@Test
	void everyScalarFieldOfTheScheduleFormHasALabelUnderSchedule() throws Exception {
		Properties messages = messages();
		List<String> fields = new ArrayList<>();
		for (PropertyDescriptor property : Introspector.getBeanInfo(FareScheduleForm.class, Object.class)
			.getPropertyDescriptors()) {
			if (property.getWriteMethod() != null && !List.class.isAssignableFrom(property.getPropertyType())) {
				fields.add("schedule." + property.getName());
			}
		}
		assertThat(fields).hasSize(10);
		assertThat(fields).allSatisfy((field) -> assertThat(messages).containsKey(field));
	}

	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FareMessagesTests.class.getResourceAsStream("/messages.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
