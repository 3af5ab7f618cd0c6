package org.gapcheck.validate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gapcheck.json.Json;

/**
 * The validation report as SARIF 2.1.0 (the format code-scanning tools read): one run whose tool
 * lists one rule per code found, described as {@link ProblemCodes} describes it, and one result per
 * finding with its code as ruleId, its severity as level, and its file (relative to the working
 * directory, under the base id {@code %SRCROOT%}, where it lies below it), line and column.
 */
public final class Sarif {

    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    private Sarif() {
    }

    /**
     * @param workingDirectory what file names are made relative to
     * @param version          the tool's version, or null when unknown
     */
    public static String render(ValidationReport report, Path workingDirectory, String version) {
        Path base = workingDirectory.toAbsolutePath().normalize();
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "gapcheck");
        if (version != null) {
            driver.put("version", version);
        }
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        report.findings().stream().map(ValidationFinding::code).distinct().sorted().forEach(code -> {
            ruleIndex.put(code, ruleIndex.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", code);
            rule.putObject("shortDescription").put("text", ProblemCodes.describe(code));
        });
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", base.toUri().toString());
        ArrayNode results = run.putArray("results");
        for (ValidationFinding f : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.code());
            result.put("ruleIndex", ruleIndex.get(f.code()));
            result.put("level", f.error() ? "error" : "warning");
            result.putObject("message").put("text", (f.entry() == null || f.entry().isBlank() ? "" : f.entry() + ": ") + f.message());
            if (f.file() != null && !f.file().isBlank()) {
                ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
                artifact(physical.putObject("artifactLocation"), base, f.file());
                if (f.line() != null && f.line() > 0) {
                    ObjectNode region = physical.putObject("region");
                    region.put("startLine", f.line());
                    if (f.column() != null && f.column() > 0) {
                        region.put("startColumn", f.column());
                    }
                }
            }
        }
        return Json.write(root);
    }

    /** A file below the working directory as a relative URI reference under {@link #SRCROOT}; any other as an absolute file URI. */
    private static void artifact(ObjectNode location, Path base, String file) {
        Path path = base.resolve(file).normalize();
        if (path.startsWith(base)) {
            String relative = base.relativize(path).toString().replace(java.io.File.separatorChar, '/');
            try {
                location.put("uri", new URI(null, null, relative, null).toASCIIString());
                location.put("uriBaseId", SRCROOT);
                return;
            } catch (URISyntaxException e) {
                // fall through to the absolute form, which Path encodes itself
            }
        }
        location.put("uri", path.toUri().toASCIIString());
    }
}
