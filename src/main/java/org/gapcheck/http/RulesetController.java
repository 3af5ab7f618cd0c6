package org.gapcheck.http;

import io.micronaut.security.annotation.Secured;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.time.Duration;
import org.gapcheck.pack.Budget;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import java.util.stream.Stream;
import org.gapcheck.validate.Validation;
import org.gapcheck.validate.ValidationFinding;
import org.gapcheck.validate.ValidationReport;

/**
 * {@code POST /api/rulesets/validate}: a rule pack as a zip (pack.yaml at its root or under rules/,
 * fixtures/ beside it optionally) in, the same findings as {@code gapcheck validate --format json} out.
 * The pack is unpacked into a temporary folder that is removed afterwards, whatever happens.
 * Open to an administrator's session and to API tokens with the scope {@code ruleset:validate}: reading
 * a pack costs a core and memory, so anonymous callers are refused (401). One validation runs at a
 * time, and a second is answered 429 with Retry-After.
 */
@Controller("/api/rulesets")
@Secured({"ADMINISTRATOR", RulesetController.SCOPE_ROLE})
@Tag(name = "rulesets")
@ProblemAnswers.AnyRoute
@ProblemAnswers.WithBody
@ProblemAnswers.Authenticated
class RulesetController {

    /** Seconds a client is asked to wait while another pack is validated. */
    static final int RETRY_AFTER_SECONDS = 10;

    /** The role a token with the scope {@code ruleset:validate} has (access.Caller#scopeRole). */
    static final String SCOPE_ROLE = "scope:ruleset:validate";

    private final Duration timeLimit;
    /** One validation at a time: a pack costs a core and up to a few hundred MB while it is checked. */
    final Semaphore running = new Semaphore(1);

    RulesetController(@Value("${gapcheck.rulesets.time-limit:120s}") Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    @Operation(summary = "Validate a rule pack", description = "The body is a zip of a rule pack (`pack.yaml` at its root or under"
            + " `rules/`, `fixtures/` beside it optionally); the answer is what `gapcheck validate --format json` prints. Needs an"
            + " administrator's session or an API token with the scope `ruleset:validate`; one validation runs at a time.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
        @Content(mediaType = "application/zip", schema = @Schema(ref = "#/components/schemas/RulePackArchive")),
        @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(ref = "#/components/schemas/RulePackArchive"))
    })
    @ApiResponse(responseCode = "200", description = "The validation report, sound or not",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object",
                    description = "Every finding with its check, code, file, line and column; coverage; fixtures")))
    @ApiResponse(responseCode = "400", description = "`ruleset/invalid-archive`: not a sound zip, or no pack in it; or"
            + " `ruleset/over-limit`: the pack is past a limit, each error naming its file, line and `limit/...` code.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "`ruleset/busy`: another pack is being validated.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @SecurityRequirement(name = "token")
    @SecurityRequirement(name = "session")
    @Post("/validate")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> validate(@Nullable @Body byte[] zip) throws IOException {
        byte[] body = BodyLimits.RULESET.checked(zip);
        if (!running.tryAcquire()) {
            throw BusyException.validatingPack(RETRY_AFTER_SECONDS);
        }
        try {
            ValidationReport report = validateArchive(body, Budget.of(timeLimit));
            List<ValidationFinding> over = report.findings().stream().filter(ValidationFinding::overLimit).toList();
            if (!over.isEmpty()) {
                throw new PackOverLimitException(over);
            }
            return HttpResponse.ok(report);
        } finally {
            running.release();
        }
    }

    private static ValidationReport validateArchive(byte[] zip, Budget budget) throws IOException {
        Path work = Files.createTempDirectory("gapcheck-pack-");
        try {
            SafeZip.extract(zip, work);
            Path rules = Files.isRegularFile(work.resolve("pack.yaml")) ? work : work.resolve("rules");
            if (!Files.isRegularFile(rules.resolve("pack.yaml"))) {
                throw new InvalidArchiveException("no pack.yaml at the root of the archive or under rules/");
            }
            Path fixtures = work.resolve("fixtures");
            ValidationReport report = Validation.run(rules, Files.isDirectory(fixtures) ? fixtures : null, budget);
            return withoutTemporaryPaths(report, work);
        } catch (SafeZip.Refused e) {
            throw new InvalidArchiveException(e.getMessage());
        } finally {
            delete(work);
        }
    }
    /** Files are named relative to the archive, as the uploader knows them. */
    private static ValidationReport withoutTemporaryPaths(ValidationReport r, Path work) {
        String prefix = work.toAbsolutePath().normalize() + "/";
        List<ValidationFinding> findings = r.findings().stream().map(f -> new ValidationFinding(f.severity(), f.check(), f.code(),
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
