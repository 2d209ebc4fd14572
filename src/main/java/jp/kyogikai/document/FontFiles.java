package jp.kyogikai.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font files' bytes, read from the class path once per JVM. A loaded
 * {@code PDType0Font} belongs to one document, so only the bytes are shared.
 */
final class FontFiles {

	private static final Map<Typeface, byte[]> cache = new ConcurrentHashMap<>();

	private FontFiles() {
	}

	static byte[] bytes(Typeface typeface) {
		return cache.computeIfAbsent(typeface, FontFiles::read);
	}

	private static byte[] read(Typeface typeface) {
		ClassLoader classLoader = FontFiles.class.getClassLoader();
		try (InputStream in = classLoader.getResourceAsStream(typeface.resource())) {
			if (in == null) {
				throw new IllegalStateException("Font not found on the class path: " + typeface.resource());
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read font " + typeface.resource(), ex);
		}
	}

}
