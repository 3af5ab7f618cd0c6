package org.gapcheck.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import java.util.Optional;

/**
 * Reads pack files strictly: unknown keys, duplicate keys and type mismatches are problems, named
 * with file, line and column, never a stack trace.
 */
public final class PackYaml {

    /** The parser's own limits (see {@link Limits}): Jackson's on strings and nesting, SnakeYAML's on the document. */
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(Limits.MAX_YAML_STRING)
            .maxNestingDepth(Limits.MAX_YAML_DEPTH)
            .maxDocumentLength(Limits.MAX_FILE_BYTES)
            .build();

    private static final ObjectMapper MAPPER = strict(YAMLMapper.builder(yamlFactory()));

    /** The same reading rules over a file's JSON snapshot (the embedded pack's; BENCHMARKS.md, step 8). */
    private static final ObjectMapper SNAPSHOT = strict(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build()));

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Limits.MAX_YAML_CODE_POINTS);
        options.setNestingDepthLimit(Limits.MAX_YAML_DEPTH);
        options.setMaxAliasesForCollections(Limits.MAX_YAML_ALIASES);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(CONSTRAINTS).build();
    }

    private static ObjectMapper strict(MapperBuilder<?, ?> builder) {
        return builder
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new SimpleModule("locations").setDeserializerModifier(new LocatingDeserializer.Modifier()))
                .addHandler(new UnknownKeys())
                .build();
    }

    private PackYaml() {
    }

    /** A parsed file with the start location of each object in it. */
    public record Parsed<T>(String file, T value, Locations locations) {
        public PackProblem problem(Object entry, String entryName, String code, String message) {
            return new PackProblem(file, locations.line(entry), locations.column(entry), entryName, code, message);
        }
    }

    /**
     * Reads {@code relativePath} from the source as {@code type}; on failure adds one located
     * problem and returns empty. A missing file is a problem too.
     */
    public static <T> Optional<Parsed<T>> read(PackSource source, String relativePath, Class<T> type,
                                               List<PackProblem> problems) {
        String file = source.display(relativePath);
        Optional<String> snapshot = source.snapshot(relativePath);
        ObjectMapper mapper = snapshot.isPresent() ? SNAPSHOT : MAPPER;
        Optional<String> text;
        try {
            text = snapshot.isPresent() ? snapshot : source.read(relativePath);
        } catch (PackLoadException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
        if (text.isEmpty()) {
            problems.add(new PackProblem(file, 0, 0, null, "file/missing", "file is missing"));
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.add(new PackProblem(file, 1, 1, null, "file/empty", "file is empty"));
            return Optional.empty();
        }
        Locations locations = new Locations();
        UnknownKeys.Found unknown = new UnknownKeys.Found(file, text.get());
        JsonParser parser = null;
        try {
            parser = parser(mapper, text.get());
            T value = mapper.readerFor(type)
                    .withAttribute(Locations.class, locations)
                    .withAttribute(UnknownKeys.Found.class, unknown)
                    .readValue(parser);
            if (!unknown.problems().isEmpty()) {
                problems.addAll(unknown.problems());
                return Optional.empty();
            }
            return Optional.of(new Parsed<>(file, value, locations));
        } catch (JsonProcessingException e) {
            // A parser limit's exception carries no location; the parser knows where it stopped.
            JsonLocation at = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
            problems.add(new PackProblem(file, at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0),
                    null, code(e), describe(e)));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new PackProblem(file, 0, 0, null, "file/unreadable", "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Any YAML text as a tree, with the pack's strict duplicate-key detection. */
    public static com.fasterxml.jackson.databind.JsonNode tree(String yaml) throws IOException {
        com.fasterxml.jackson.databind.JsonNode tree = MAPPER.readTree(parser(MAPPER, yaml));
        return tree == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : tree;
    }

    private static JsonParser parser(ObjectMapper mapper, String text) throws IOException {
        JsonParser parser = mapper.createParser(text);
        return mapper == MAPPER ? new StringLimit(parser) : parser;
    }

    /** The stable code of a parse failure: a limit of the parser, a duplicate key, a wrong type, or plain syntax. */
    static String code(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return message.contains("nesting depth") ? "limit/yaml-depth"
                    : message.contains("Document length") ? "limit/yaml-document" : "limit/yaml-string";
        }
        if (e.getCause() instanceof YAMLException cause) {
            String reason = String.valueOf(cause.getMessage());
            if (reason.contains("code points")) {
                return "limit/yaml-document";
            }
            if (reason.contains("Nesting Depth")) {
                return "limit/yaml-depth";
            }
            if (reason.contains("aliases")) {
                return "limit/yaml-aliases";
            }
        }
        if (message.startsWith("Duplicate field")) {
            return "yaml/duplicate-key";
        }
        return e instanceof JsonMappingException ? "yaml/type" : "yaml/syntax";
    }

    private static String describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int cut = message.indexOf("\n at [Source");
        message = cut < 0 ? message : message.substring(0, cut);
        return message.length() > 500 ? message.substring(0, 500) + "..." : message;
    }
}
