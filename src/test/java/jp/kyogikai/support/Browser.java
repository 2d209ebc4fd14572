package jp.kyogikai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium for journey tests. Without the browser the journeys are
 * skipped with a reason on a developer's machine, and fail in CI (where {@code CI} is set
 * and {@code .ci/run} installs it).
 */
public final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Browser() {
	}

	public static ChromeDriver start() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed) {
			String reason = "ブラウザテストには Debian の chromium と chromium-driver が必要です (apt-get install chromium chromium-driver)";
			if (System.getenv("CI") != null) {
				fail(reason);
			}
			Assumptions.abort(reason);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--window-size=1280,900", "--lang=ja-JP");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/**
	 * The text of an element once it shows the expected words (pages change after a
	 * click); what it shows after ten seconds otherwise, for the assertion to report.
	 * @param driver the browser
	 * @param css the element
	 * @param expected words the text should come to contain
	 * @return the element's text
	 */
	public static String text(ChromeDriver driver, String css, String expected) {
		try {
			return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
				.ignoring(NoSuchElementException.class)
				.until((d) -> {
					String text = d.findElement(By.cssSelector(css)).getText().strip();
					return text.contains(expected) ? text : null;
				});
		}
		catch (TimeoutException ex) {
			return driver.findElements(By.cssSelector(css))
				.stream()
				.map(WebElement::getText)
				.findFirst()
				.orElse("(" + css + " がありません)");
		}
	}

	/**
	 * Signs in through the login page.
	 * @param driver the browser
	 * @param baseUrl the application's address
	 * @param username the user name
	 * @param password the password
	 */
	public static void signIn(ChromeDriver driver, String baseUrl, String username, String password) {
		driver.get(baseUrl + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		// the sign-in redirects: a page asked for before it lands would be overtaken by
		// it
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> !d.getCurrentUrl().contains("/login")
				&& "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Saves what the browser shows to {@code target/screenshots/<name>.png}.
	 * @param driver the browser
	 * @param name the file name without extension
	 */
	public static void screenshot(ChromeDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"),
					((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
