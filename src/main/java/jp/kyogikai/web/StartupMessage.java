package jp.kyogikai.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints where to open the application once it is ready.
 */
@Component
class StartupMessage {

	private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info("起動しました。ブラウザで http://localhost:{}/ を開いてください。", web.getWebServer().getPort());
		}
	}

}
