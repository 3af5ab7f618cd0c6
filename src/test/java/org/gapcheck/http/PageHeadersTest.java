package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.testing.WithDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every HTML answer carries the Content-Security-Policy, and its page lives within it: no inline script, no
 * style attribute, and each style block one the policy names by hash. The routes that answer HTML are read from
 * the router, so a new one fails here until it is listed with a request that reaches it.
 */
@MicronautTest(transactional = false)
class PageHeadersTest extends WithDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    /** Each HTML route of the application, by method and template, with a request that answers its HTML. */
    private Map<String, Supplier<HttpRequest<?>>> htmlRoutes() throws IOException {
        String submission = Files.readString(Fixtures.DIR.resolve("xac-consumer-2024.json"));
        Map<String, Supplier<HttpRequest<?>>> routes = new LinkedHashMap<>();
        routes.put("GET /", () -> HttpRequest.GET("/"));
        routes.put("POST /api/evaluations", () -> HttpRequest.POST("/api/evaluations", submission)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_HTML));
        routes.put("POST /api/summaries", () -> HttpRequest.POST("/api/summaries", "[" + submission + "]")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_HTML));
        routes.put("GET /api/summaries", () -> HttpRequest.GET("/api/summaries").accept(MediaType.TEXT_HTML));
        String coordinator = sessionCookie("coordinator", "XAF");
        routes.put("GET /app/login", () -> HttpRequest.GET("/app/login"));
        routes.put("POST /app/login", () -> HttpRequest.POST("/app/login", "login=nobody&password=wrong")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));
        // Without a session, signing out leads to the sign-in page (the client follows the redirect).
        routes.put("POST /app/logout", () -> HttpRequest.POST("/app/logout", "").contentType(MediaType.APPLICATION_FORM_URLENCODED));
        // Without a session, the landing page sends to the sign-in page (followed as well).
        routes.put("GET /app", () -> HttpRequest.GET("/app/"));
        routes.put("GET /app/{iso3}/{year}", () -> HttpRequest.GET("/app/XAF/2025").header("Cookie", coordinator));
        routes.put("GET /app/{iso3}/{year}/profile", () -> HttpRequest.GET("/app/XAF/2025/profile").header("Cookie", coordinator));
        routes.put("POST /app/{iso3}/{year}/profile", () -> {
            Document form = Jsoup.parse(client.toBlocking().retrieve(HttpRequest.GET("/app/XAF/2025/profile").header("Cookie", coordinator)));
            return HttpRequest.POST("/app/XAF/2025/profile", "_csrf=" + java.net.URLEncoder.encode(form.selectFirst("input[name=_csrf]")
                    .val(), java.nio.charset.StandardCharsets.UTF_8) + "&region=nowhere").header("Cookie", coordinator)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        });
        routes.put("GET /app/{iso3}/{year}/{section}/preview", () -> HttpRequest.GET("/app/XAF/2025/HR/preview").header("Cookie",
                coordinator));
        routes.put("GET /app/{iso3}/{year}/{section}", () -> HttpRequest.GET("/app/XAF/2025/HR").header("Cookie", coordinator));
        // A save with a figure that is no number: the page again, with its errors.
        routes.put("POST /app/{iso3}/{year}/{section}", () -> {
            Document form = Jsoup.parse(client.toBlocking().retrieve(HttpRequest.GET("/app/XAF/2025/HR").header("Cookie", coordinator)));
            return HttpRequest.POST("/app/XAF/2025/HR", "_csrf=" + java.net.URLEncoder.encode(form.selectFirst("input[name=_csrf]").val(),
                    java.nio.charset.StandardCharsets.UTF_8) + "&v%3AHR.PRISON_OCCUPANCY_RATE=lots").header("Cookie", coordinator)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        });
        routes.put("GET /app/{iso3}/{year}/check", () -> HttpRequest.GET("/app/XAF/2025/check").header("Cookie", coordinator));
        routes.put("GET /app/{iso3}/{year}/{section}/check", () -> HttpRequest.GET("/app/XAF/2025/HR/check").header("Cookie", coordinator));
        // A submit without the certification: the check page again, with its error.
        routes.put("POST /app/{iso3}/{year}/submit", () -> submitForm(coordinator, 2023, ""));
        routes.put("GET /app/{iso3}/{year}/report", () -> {
            client.toBlocking().exchange(submitForm(coordinator, 2024, "&certify=1"), String.class);
            return HttpRequest.GET("/app/XAF/2024/report").header("Cookie", coordinator);
        });
        routes.put("GET /app/{iso3}/{year}/versions/{number}/report", () -> HttpRequest.GET("/app/XAF/2024/versions/1/report")
                .header("Cookie", coordinator));
        // The PDFs' routes answer HTML only to send a browser without a session to the sign-in page (followed here).
        routes.put("GET /app/{iso3}/{year}/versions/{number}/report.pdf", () -> HttpRequest.GET("/app/XAF/2024/versions/1/report.pdf"));
        routes.put("GET /app/{iso3}/{year}/versions/{number}/receipt.pdf", () -> HttpRequest.GET("/app/XAF/2024/versions/1/receipt.pdf"));
        routes.put("GET /app/{iso3}/{year}/indicators", () -> HttpRequest.GET("/app/XAF/2025/indicators").header("Cookie", coordinator));
        // A figure that is no number: the page again, with its error.
        routes.put("POST /app/{iso3}/{year}/indicators", () -> {
            String token = Jsoup.parse(client.toBlocking().retrieve(HttpRequest.GET("/app/XAF/2025/indicators").header("Cookie",
                    coordinator))).selectFirst("input[name=_csrf]").val();
            return HttpRequest.POST("/app/XAF/2025/indicators", "_csrf=" + java.net.URLEncoder.encode(token,
                    java.nio.charset.StandardCharsets.UTF_8) + "&i-IND.DRUG_DEATHS_PER_MILLION-2025=lots").header("Cookie", coordinator)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        });
        routes.put("GET /app/{iso3}/{year}/assignments", () -> HttpRequest.GET("/app/XAF/2025/assignments").header("Cookie", coordinator));
        // Assigning a section to a contributor: back to the page (followed), which says so.
        routes.put("POST /app/{iso3}/{year}/assignments", () -> {
            context.getBean(org.gapcheck.access.Accounts.class).create(new org.gapcheck.access.Accounts.Request("pages-contributor",
                    "contributor", "XAF", null, "a long enough password"), null);
            String token = Jsoup.parse(client.toBlocking().retrieve(HttpRequest.GET("/app/XAF/2025/assignments").header("Cookie",
                    coordinator))).selectFirst("input[name=_csrf]").val();
            return HttpRequest.POST("/app/XAF/2025/assignments", "_csrf=" + java.net.URLEncoder.encode(token,
                    java.nio.charset.StandardCharsets.UTF_8) + "&login=pages-contributor&s%3AHR=1").header("Cookie", coordinator)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        });
        // A new year's draft started from the 2024 report the report route submitted: the page listing what was carried.
        routes.put("POST /app/{iso3}/{year}/carry-over", () -> {
            String token = Jsoup.parse(client.toBlocking().retrieve(HttpRequest.GET("/app/XAF/2025/profile").header("Cookie",
                    coordinator))).selectFirst("input[name=_csrf]").val();
            return HttpRequest.POST("/app/XAF/2026/carry-over", "_csrf=" + java.net.URLEncoder.encode(token,
                    java.nio.charset.StandardCharsets.UTF_8)).header("Cookie", coordinator).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        });
        // The header's language link: back to the page it was on, here the landing page (followed, to the sign-in page).
        routes.put("GET /app/language", () -> HttpRequest.GET("/app/language?lang=fr"));
        // The workbook answers HTML only to send a browser without a session to the sign-in page (followed here).
        routes.put("GET /app/{iso3}/{year}/questionnaire.xlsx", () -> HttpRequest.GET("/app/XAF/2025/questionnaire.xlsx"));
        routes.put("GET /app/{iso3}/{year}/upload", () -> HttpRequest.GET("/app/XAF/2025/upload").header("Cookie", coordinator));
        // An upload without a file: the page again, saying so.
        routes.put("POST /app/{iso3}/{year}/upload", () -> {
            String token = Jsoup.parse(client.toBlocking().retrieve(HttpRequest.GET("/app/XAF/2025/upload").header("Cookie",
                    coordinator))).selectFirst("input[name=_csrf]").val();
            return HttpRequest.POST("/app/XAF/2025/upload", io.micronaut.http.client.multipart.MultipartBody.builder()
                    .addPart("_csrf", token).build()).header("Cookie", coordinator).contentType(MediaType.MULTIPART_FORM_DATA);
        });
        return routes;
    }

    /** XAF's profile given a region for {@code year}, then the submit form of its check page with {@code extra}. */
    private HttpRequest<?> submitForm(String coordinator, int year, String extra) {
        String app = "/app/XAF/" + year;
        String token = Jsoup.parse(client.toBlocking().retrieve(HttpRequest.GET(app + "/profile").header("Cookie", coordinator)))
                .selectFirst("input[name=_csrf]").val();
        String csrf = "_csrf=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
        client.toBlocking().exchange(HttpRequest.POST(app + "/profile", csrf + "&region=eastern_european").header("Cookie", coordinator)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), String.class);
        Document check = Jsoup.parse(client.toBlocking().retrieve(HttpRequest.GET(app + "/check").header("Cookie", coordinator)));
        return HttpRequest.POST(app + "/submit", csrf + "&base=" + check.selectFirst("input[name=base]").val() + extra)
                .header("Cookie", coordinator).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    @Test
    void everyHtmlRouteIsListedAndAnswersUnderThePolicy() throws IOException {
        Set<String> fromRouter = router.uriRoutes().map(UriRouteInfo.class::cast)
                .filter(r -> r.getDeclaringType().getPackageName().startsWith("org.gapcheck"))
                .filter(r -> ((java.util.List<MediaType>) r.getProduces()).stream().anyMatch(t -> t.getName().equals(MediaType.TEXT_HTML)))
                .filter(r -> !r.getHttpMethodName().equals("HEAD"))
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate()).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Supplier<HttpRequest<?>>> listed = htmlRoutes();
        assertEquals(new TreeSet<>(listed.keySet()), fromRouter, "every HTML route is listed here with a request");
        for (Map.Entry<String, Supplier<HttpRequest<?>>> route : listed.entrySet()) {
            assertPageUnderPolicy(route.getKey(), client.toBlocking().exchange(route.getValue().get(), String.class));
        }
    }

    @Test
    void swaggerUiRunsFromFilesUnderThePolicy() {
        HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET("/swagger-ui/index.html"), String.class);
        assertPageUnderPolicy("Swagger UI", page);
        assertEquals(200, client.toBlocking().exchange(HttpRequest.GET("/swagger-ui/start.js"), String.class).code());
    }

    @Test
    void theServedReportTakesItsScriptFromAFileTheServiceServes() throws IOException {
        HttpResponse<String> report = client.toBlocking().exchange(htmlRoutes().get("POST /api/evaluations")
                .get(), String.class);
        Element script = Jsoup.parse(report.body()).selectFirst("script[src]");
        assertEquals("/assets/report-filter.js", script.attr("src"));
        HttpResponse<String> file = client.toBlocking().exchange(HttpRequest.GET(script.attr("src")), String.class);
        assertTrue(file.body().contains("getElementById(\"flt\")"), file.body());
        assertEquals("nosniff", file.header("X-Content-Type-Options"));
    }

    @Test
    void anErrorForABrowserIsAProblemAndJsonAnswersCarryNoPolicy() {
        HttpClientResponseException missing = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/no-such-page").accept(MediaType.TEXT_HTML), String.class));
        HttpResponse<?> answer = missing.getResponse();
        assertEquals(404, answer.code());
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals(Problem.CONTENT_TYPE, answer.getContentType().orElseThrow().toString(), "no HTML error page, a problem");
        HttpResponse<String> json = client.toBlocking().exchange(HttpRequest.GET("/api/catalogue/challenges/C01"), String.class);
        assertNull(json.header("Content-Security-Policy"), "an API answer is no page");
        assertEquals("nosniff", json.header("X-Content-Type-Options"));
        assertEquals("same-origin", json.header("Referrer-Policy"));
    }

    static void assertPageUnderPolicy(String route, HttpResponse<String> response) {
        assertEquals(200, response.code(), route);
        assertEquals(MediaType.TEXT_HTML, response.getContentType().orElseThrow().getName(), route);
        String policy = response.header("Content-Security-Policy");
        assertEquals(PageHeadersFilter.POLICY, policy, route);
        assertTrue(policy.contains("script-src 'self';") && !policy.contains("unsafe"), policy);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), route);
        assertEquals("same-origin", response.header("Referrer-Policy"), route);
        Document page = Jsoup.parse(response.body());
        for (Element script : page.select("script")) {
            assertFalse(script.attr("src").isEmpty(), route + ": an inline script: " + script.outerHtml());
            assertTrue(script.attr("src").startsWith("/"), route + ": a script from elsewhere: " + script.attr("src"));
        }
        assertTrue(page.select("[style]").isEmpty(), route + ": a style attribute");
        assertTrue(page.select("*").stream().flatMap(e -> e.attributes().asList().stream()).noneMatch(a -> a.getKey().startsWith("on")),
                route + ": an inline event handler");
        for (Element style : page.select("style")) {
            assertTrue(policy.contains(InlineStyles.hash(style.data())), route + ": a style block the policy does not name");
        }
    }
}
