package dev.cdlint.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, driven through ChromeDriver's W3C WebDriver protocol over plain HTTP: a page is opened
 * from a file, and the browser's own console log (where it reports script errors and every request a
 * Content-Security-Policy blocked) and its network log (every request it made) say how the page loaded. No Selenium:
 * the few commands needed are JSON over HTTP.
 *
 * <p>Chromium runs with the flags a closed machine needs (no background networking, no component updates, no sync,
 * a fresh profile), so the only requests it makes are the page's.
 */
public final class Chromium implements AutoCloseable {

    private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"),
            Path.of("/usr/lib/chromium/chromedriver"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final URI base;
    private final Path browser;
    private final Path profiles;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Chromium(Process driver, URI base, Path browser, Path profiles) {
        this.driver = driver;
        this.base = base;
        this.browser = browser;
        this.profiles = profiles;
    }

    /** Why no browser test can run here, or empty when Chromium and ChromeDriver are installed. */
    public static Optional<String> absence() {
        if (find(BROWSERS).isEmpty() || find(DRIVERS).isEmpty()) {
            return Optional.of("Chromium and ChromeDriver are not installed (apt-get install chromium"
                    + " chromium-driver; .ci/run installs them)");
        }
        return Optional.empty();
    }

    /** Starts ChromeDriver; each {@link #open} starts a browser of its own with a fresh profile under {@code work}. */
    public static Chromium start(Path work) throws IOException, InterruptedException {
        Path browser = find(BROWSERS).orElseThrow(() -> new IllegalStateException(absence().orElseThrow()));
        Path chromedriver = find(DRIVERS).orElseThrow(() -> new IllegalStateException(absence().orElseThrow()));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.createDirectories(work);
        Process driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(work.resolve("chromedriver.log").toFile()).start();
        Chromium chromium = new Chromium(driver, URI.create("http://127.0.0.1:" + port), browser, work);
        chromium.awaitReady();
        return chromium;
    }

    /** A browser showing one page, at a window size, in light or dark colour scheme. */
    public final class Page implements AutoCloseable {

        private final String session;

        private Page(String session) {
            this.session = session;
        }

        /** Runs a script in the page and returns its result (WebDriver runs it outside the page's policy). */
        public JsonNode script(String body) throws IOException, InterruptedException {
            ObjectNode command = JSON.createObjectNode().put("script", body);
            command.putArray("args");
            return call("POST", "/session/" + session + "/execute/sync", command);
        }

        /** The console log's errors (script errors, blocked requests) since the last call. */
        public List<String> consoleErrors() throws IOException, InterruptedException {
            List<String> errors = new ArrayList<>();
            for (JsonNode entry : log("browser")) {
                if (entry.path("level").asText().equals("SEVERE")) {
                    errors.add(entry.path("message").asText());
                }
            }
            return errors;
        }

        /**
         * Every URL the browser set out to fetch since the last call, the page itself included, and those a policy
         * then blocked. What the browser's own pages ({@code chrome://}, its start page before the first navigation)
         * fetch is left out.
         */
        public List<String> requests() throws IOException, InterruptedException {
            List<String> urls = new ArrayList<>();
            for (JsonNode entry : log("performance")) {
                JsonNode message = JSON.readTree(entry.path("message").asText()).path("message");
                String url = message.path("params").path("request").path("url").asText();
                String by = message.path("params").path("documentURL").asText();
                if (message.path("method").asText().equals("Network.requestWillBeSent") && !url.startsWith("chrome:")
                        && !by.startsWith("chrome:")) {
                    urls.add(url);
                }
            }
            return urls;
        }

        /** The visible part of the page as PNG. */
        public byte[] screenshot() throws IOException, InterruptedException {
            return Base64.getDecoder().decode(call("GET", "/session/" + session + "/screenshot", null).asText());
        }

        /** The whole page as PNG, however long: the window is made as tall as the document first. */
        public byte[] fullScreenshot(int width) throws IOException, InterruptedException {
            int height = script("return Math.ceil(document.documentElement.scrollHeight)").asInt();
            ObjectNode rect = JSON.createObjectNode().put("width", width).put("height", Math.min(height, 16000));
            call("POST", "/session/" + session + "/window/rect", rect);
            return screenshot();
        }

        private ArrayNode log(String type) throws IOException, InterruptedException {
            JsonNode entries = call("POST", "/session/" + session + "/se/log",
                    JSON.createObjectNode().put("type", type));
            return entries instanceof ArrayNode array ? array : JSON.createArrayNode();
        }

        @Override
        public void close() throws IOException, InterruptedException {
            call("DELETE", "/session/" + session, null);
        }
    }

    /**
     * Opens the file in a new headless browser and waits until it has loaded.
     *
     * @param dark emulate {@code prefers-color-scheme: dark}, set before the page loads
     */
    public Page open(Path file, int width, int height, boolean dark) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(profiles, "profile");
        ObjectNode options = JSON.createObjectNode().put("binary", browser.toString());
        ArrayNode args = options.putArray("args");
        for (String flag : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height)) {
            args.add(flag);
        }
        ObjectNode always = JSON.createObjectNode().put("browserName", "chrome");
        always.set("goog:chromeOptions", options);
        always.set("goog:loggingPrefs", JSON.createObjectNode().put("browser", "ALL").put("performance", "ALL"));
        ObjectNode capabilities = JSON.createObjectNode();
        capabilities.putObject("capabilities").set("alwaysMatch", always);
        String session = call("POST", "/session", capabilities).path("sessionId").asText();
        Page page = new Page(session);
        if (dark) {
            ObjectNode media = JSON.createObjectNode().put("cmd", "Emulation.setEmulatedMedia");
            media.putObject("params").putArray("features").addObject().put("name", "prefers-color-scheme")
                    .put("value", "dark");
            call("POST", "/session/" + session + "/goog/cdp/execute", media);
        }
        // What the browser did before the page (its start page) is not the page's doing.
        page.log("browser");
        page.log("performance");
        call("POST", "/session/" + session + "/url", JSON.createObjectNode().put("url", file.toUri().toString()));
        return page;
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode reply = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new IOException("WebDriver " + method + " " + path + " answered " + response.statusCode() + ": "
                    + reply.path("value").path("message").asText(response.body()));
        }
        return reply.path("value");
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (call("GET", "/status", null).path("ready").asBoolean()) {
                    return;
                }
            } catch (IOException notYet) {
                // ChromeDriver is still starting.
            }
            Thread.sleep(100);
        }
        throw new IOException("ChromeDriver did not start; see " + profiles.resolve("chromedriver.log"));
    }

    private static Optional<Path> find(List<Path> candidates) {
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    @Override
    public void close() {
        driver.destroy();
        try {
            if (!driver.waitFor(10, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        } catch (InterruptedException e) {
            driver.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
