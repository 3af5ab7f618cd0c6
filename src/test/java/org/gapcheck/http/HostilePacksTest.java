package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gapcheck.cli.Main;
import org.gapcheck.engine.Answers;
import org.gapcheck.engine.Profile;
import org.gapcheck.json.Json;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;

/**
 * The code-execution corpus (issue 14, standing check a): each pack in
 * src/test/resources/hostile-packs/NAME/overlay.yaml is the project's pack with edits that try to
 * run code when the pack is read (a consequence or a constraint that writes a file or starts a
 * process; {@code function}, {@code import}, {@code global}, {@code declare}, {@code query}, rule
 * attributes, {@code eval}, {@code from}, {@code accumulate}, MVEL forms, templates and static calls
 * in the metadata, YAML type tags). Every payload targets {@code @@MARKER@@}, replaced here by a file
 * in a folder of the test's own. Uploaded to {@code POST /api/rulesets/validate} and validated by the
 * CLI, none may create its marker; the answer is a 4xx or a 200 with an unsound report naming a file
 * the payload is in, never a 5xx; the CLI exits 1 or 2, never 0 or 3. A pack whose overlay says
 * {@code expect: inert} is accepted as data (its payload sits where Gapcheck reads nothing as code,
 * such as a rule attribute), so it may also be sound and exit 0; its marker must not appear either.
 * To show that the corpus can bite, the payloads marked {@code plain_drools_runs_it} are compiled by
 * the plain Drools builder, which runs them. Any change to how rules are read must keep this passing.
 */
@MicronautTest(transactional = false)
class HostilePacksTest extends org.gapcheck.testing.WithDatabase {

    static final Path CORPUS = Path.of("src/test/resources/hostile-packs");
    static final String MARKER = "@@MARKER@@";
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final MediaType ZIP = MediaType.of("application/zip");
    /** What a payload's DRL needs around it to compile on its own, as the pack's chapter files declare it. */
    private static final String DRL_HEADER = """
            package org.gapcheck.rules;

            import org.gapcheck.engine.Answers;
            import org.gapcheck.engine.Profile;

            global org.gapcheck.engine.OutcomeRecorder outcomes;

            """;

    @Inject
    @Client("/")
    HttpClient client;

    private String token;

    /** A pipeline's token with the scope the route asks for, issued once for the class. */
    private String ciToken() {
        if (token == null) {
            token = token("ruleset:validate");
        }
        return token;
    }

    @TempDir
    Path dir;

    static Stream<String> packs() throws IOException {
        try (Stream<Path> kinds = Files.list(CORPUS)) {
            return kinds.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Stream<String> packsThePlainBuilderRuns() throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : packs().toList()) {
            if (overlay(name).path("plain_drools_runs_it").asBoolean(false)) {
                out.add(name);
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void noPayloadRunsWhenThePackIsUploaded(String name) throws Exception {
        Path root = hostilePack(name, "http");
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(HttpRequest.POST("/api/rulesets/validate", zip(root)).contentType(ZIP).bearerAuth(ciToken()), String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse().getBody(String.class).map(b -> HttpResponse.status(e.getStatus()).body(b))
                    .orElse(HttpResponse.status(e.getStatus()).body(""));
        }
        int status = response.code();
        String body = response.getBody().orElse("");
        assertNoMarker(name + " over HTTP");
        assertTrue(status < 500, name + ": " + status + " " + body.substring(0, Math.min(1500, body.length())));
        assertTrue(status == 200 || status >= 400, name + ": " + status);
        assertTrue(status != 401 && status != 403, name + ": the pack reached the route: " + status);
        if (status == 200) {
            JsonNode report = Json.mapper().readTree(body);
            JsonNode overlay = overlay(name);
            if (refused(overlay)) {
                assertFalse(report.get("sound").asBoolean(), name + ": a hostile pack is unsound: " + body.substring(0, Math.min(1500, body.length())));
                Set<String> edited = editedFiles(overlay);
                boolean named = false;
                for (JsonNode f : report.get("findings")) {
                    named |= "error".equals(f.path("severity").asText()) && edited.contains(f.path("file").asText());
                }
                assertTrue(named, name + ": an error in the edited file " + edited + ": " + body.substring(0, Math.min(3000, body.length())));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void noPayloadRunsWhenThePackIsValidatedByTheCli(String name) throws Exception {
        Path root = hostilePack(name, "cli");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"validate", "--rules", root.resolve("rules").toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertNoMarker(name + " by the CLI");
        String printed = out + "\n" + err;
        JsonNode overlay = overlay(name);
        Set<Integer> allowed = refused(overlay) ? Set.of(1, 2) : Set.of(0, 1, 2);
        assertTrue(allowed.contains(exit), name + ": exit " + exit + " (allowed " + allowed + ")\n" + printed);
        assertFalse(printed.contains("\tat "), name + ": no stack trace\n" + printed);
        if (refused(overlay)) {
            assertTrue(editedFiles(overlay).stream().anyMatch(f -> printed.contains(root.resolve(f) + ":")),
                    name + ": a problem in an edited file " + editedFiles(overlay) + "\n" + printed);
        }
    }

    /** Without Gapcheck's reading, the same payloads run: compiled and fired by the plain Drools builder, each writes its marker. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("packsThePlainBuilderRuns")
    void thePlainDroolsBuilderRunsThePayload(String name) throws Exception {
        Path marker = dir.resolve("plain-" + name);
        StringBuilder drl = new StringBuilder(DRL_HEADER);
        for (JsonNode edit : overlay(name).get("edits")) {
            drl.append(edit.get("append").asText().replace(MARKER, marker.toString())).append('\n');
        }
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(services.newReleaseId("org.gapcheck.hostile", name, "1.0.0"));
        files.write("src/main/resources/org/gapcheck/rules/payload.drl", drl.toString());
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        assertEquals(List.of(), builder.getResults().getMessages(Message.Level.ERROR), name + " compiles with the plain builder");
        KieSession session = services.newKieContainer(builder.getKieModule().getReleaseId()).newKieSession();
        try {
            session.insert(new Answers(Map.of(), 2024));
            session.insert(new Profile(Map.of()));
            session.fireAllRules();
        } catch (RuntimeException afterThePayload) {
            // The consequences go on to call the global 'outcomes', which nothing set here.
        } finally {
            session.dispose();
        }
        assertTrue(Files.exists(marker), name + ": the plain Drools builder ran the payload");
    }

    @Test
    void theCorpusCoversEveryFormIssue14Names() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String name : packs().toList()) {
            all.append(Files.readString(CORPUS.resolve(name).resolve("overlay.yaml")));
        }
        for (String form : List.of("Runtime.getRuntime().exec", "new ProcessBuilder", "java.nio.file.Files.writeString", "function ",
                "import ", "global ", "declare ", "query ", "salience (", "enabled (", "duration (", "timer (", "date-effective", "eval(",
                "modify(", "with (", "${", "@{", "from ", "accumulate(", "@weight(", "!!java")) {
            assertTrue(all.indexOf(form) >= 0, "no hostile pack uses " + form);
        }
        assertTrue(packsThePlainBuilderRuns().count() >= 4, "at least four payloads shown to run under the plain builder");
    }

    static JsonNode overlay(String name) throws IOException {
        return YAML.readTree(CORPUS.resolve(name).resolve("overlay.yaml").toFile());
    }

    private static boolean refused(JsonNode overlay) {
        return !"inert".equals(overlay.path("expect").asText("refused"));
    }

    private static Set<String> editedFiles(JsonNode overlay) {
        Set<String> files = new java.util.TreeSet<>();
        overlay.get("edits").forEach(e -> files.add(e.get("file").asText()));
        return files;
    }

    /** A copy of the project's pack under dir/NAME/rules with the overlay's edits, each payload aimed at markers/NAME-HOW. */
    private Path hostilePack(String name, String how) throws IOException {
        Path marker = Files.createDirectories(dir.resolve("markers")).resolve(name + "-" + how);
        Path root = dir.resolve(name + "-" + how);
        PackCopy.into(root.resolve("rules"));
        for (JsonNode edit : overlay(name).get("edits")) {
            Path file = root.resolve(edit.get("file").asText());
            String text = Files.readString(file);
            if (edit.has("append")) {
                text = (text.endsWith("\n") ? text : text + "\n") + "\n" + edit.get("append").asText();
            } else {
                String from = edit.get("replace").asText();
                assertTrue(text.contains(from), file + " lacks: " + from);
                text = text.replace(from, edit.get("with").asText());
            }
            Files.writeString(file, text.replace(MARKER, marker.toString()));
        }
        return root;
    }

    private void assertNoMarker(String what) throws IOException {
        try (Stream<Path> left = Files.list(dir.resolve("markers"))) {
            assertEquals(List.of(), left.toList(), what + ": a payload ran");
        }
    }

    private static byte[] zip(Path root) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(root.resolve("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(root.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
