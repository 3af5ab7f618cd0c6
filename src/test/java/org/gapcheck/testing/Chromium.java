package org.gapcheck.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's headless Chromium, driven by Debian's chromedriver, with a fresh profile that is deleted on close. */
record Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String MISSING = "not installed at " + BINARY + " and " + DRIVER + " (apt-get install chromium chromium-driver)";
    static final int WINDOW_HEIGHT = 900;
    /** Selenium warns that it has no DevTools bindings for this Chromium; only chromedriver's own CDP command is used. */
    private static final Logger CDP_WARNINGS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    /** Whether Chromium and its driver are both installed. */
    static boolean installed(Path binary, Path driver) {
        return Files.isExecutable(binary) && Files.isExecutable(driver);
    }

    static boolean installed() {
        return installed(BINARY, DRIVER);
    }

    static Chromium start() {
        CDP_WARNINGS.setLevel(Level.OFF);
        try {
            Path profile = Files.createTempDirectory("gapcheck-chromium-");
            Files.createDirectories(Path.of("target"));
            // The driver is named here, so Selenium Manager (which would download one) does not run; should it, Selenium
            // hands it SE_* properties as environment variables, and SE_OFFLINE keeps it off the network.
            System.setProperty("SE_OFFLINE", "true");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .withLogFile(new File("target/chromedriver.log"))
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            // Root in CI needs --no-sandbox; the closed network refuses Chromium's own background connections.
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-dev-shm-usage", "--disable-quic", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions",
                    "--user-data-dir=" + profile, "--window-size=1400," + WINDOW_HEIGHT);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            return new Chromium(service, driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Below 600 px, a phone's viewport: overlay scrollbars and the page's viewport meta honoured, as on the device. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            Trees.delete(profile);
        }
    }
}
