package jp.kyogikai;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * 福祉有償運送運営協議会の事務局・委員・運送主体のためのシステム.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Kyogikai {

	/** The time zone of every date the product shows or decides on. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	public static void main(String[] args) {
		SpringApplication.run(Kyogikai.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
