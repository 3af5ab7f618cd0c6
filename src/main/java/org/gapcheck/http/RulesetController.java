package org.gapcheck.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gapcheck.validate.Validation;
import org.gapcheck.validate.ValidationFinding;
import org.gapcheck.validate.ValidationReport;

/**
 * {@code POST /api/rulesets/validate}: a rule pack as a zip (pack.yaml at its root or under rules/,
 * fixtures/ beside it optionally) in, the same findings as {@code gapcheck validate --format json} out.
 * The pack is unpacked into a temporary folder that is removed afterwards, whatever happens.
 */
@Controller("/api/rulesets")
class RulesetController {

    static final int MAX_UPLOAD_BYTES = 10 << 20;

    @Post("/validate")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> validate(@Body byte[] zip) throws IOException {
        if (zip.length > MAX_UPLOAD_BYTES) {
            return new Problem("ruleset/too-large", "Rule pack too large", 413, "The upload is " + zip.length
                    + " bytes; the limit is " + MAX_UPLOAD_BYTES + " bytes (10 MiB).", "/api/rulesets/validate", null, List.of()).response();
        }
        Path work = Files.createTempDirectory("gapcheck-pack-");
        try {
            SafeZip.extract(zip, work);
            Path rules = Files.isRegularFile(work.resolve("pack.yaml")) ? work : work.resolve("rules");
            if (!Files.isRegularFile(rules.resolve("pack.yaml"))) {
                return invalid("no pack.yaml at the root of the archive or under rules/");
            }
            Path fixtures = work.resolve("fixtures");
            ValidationReport report = Validation.run(rules, Files.isDirectory(fixtures) ? fixtures : null);
            return HttpResponse.ok(withoutTemporaryPaths(report, work));
        } catch (SafeZip.Refused e) {
            return invalid(e.getMessage());
        } finally {
            delete(work);
        }
    }

    private static HttpResponse<Problem> invalid(String reason) {
        return new Problem("ruleset/invalid-archive", "Rule pack refused", 400, reason, "/api/rulesets/validate", null, List.of())
                .response();
    }

    /** Files are named relative to the archive, as the uploader knows them. */
    private static ValidationReport withoutTemporaryPaths(ValidationReport r, Path work) {
        String prefix = work.toAbsolutePath().normalize() + "/";
        List<ValidationFinding> findings = r.findings().stream().map(f -> new ValidationFinding(f.severity(), f.check(),
                f.file() == null ? null : f.file().replace(prefix, ""), f.line(), f.column(), f.entry(),
                f.message().replace(prefix, ""))).toList();
        List<ValidationReport.FixtureResult> fixtures = r.fixtures().stream()
                .map(x -> new ValidationReport.FixtureResult(x.file().replace(prefix, ""), x.expectations(), x.differences())).toList();
        return new ValidationReport(r.pack(), r.version(), r.sound(), r.errors(), r.warnings(), r.checks(), r.coverage(),
                r.criteria(), fixtures, findings);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
