package org.gapcheck.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Optional;

/**
 * Reads pack files strictly: unknown keys, duplicate keys and type mismatches are problems, named
 * with file, line and column, never a stack trace.
 */
public final class PackYaml {

    private static final ObjectMapper MAPPER = strict(YAMLMapper.builder(new YAMLFactory()));

    /** The same reading rules over a file's JSON snapshot (the embedded pack's; BENCHMARKS.md, step 8). */
    private static final ObjectMapper SNAPSHOT = strict(JsonMapper.builder());

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
        public PackProblem problem(Object entry, String entryName, String message) {
            return new PackProblem(file, locations.line(entry), locations.column(entry), entryName, message);
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
        Optional<String> text = snapshot.isPresent() ? snapshot : source.read(relativePath);
        if (text.isEmpty()) {
            problems.add(new PackProblem(file, 0, 0, null, "file is missing"));
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.add(new PackProblem(file, 1, 1, null, "file is empty"));
            return Optional.empty();
        }
        Locations locations = new Locations();
        UnknownKeys.Found unknown = new UnknownKeys.Found(file, text.get());
        try {
            T value = mapper.readerFor(type)
                    .withAttribute(Locations.class, locations)
                    .withAttribute(UnknownKeys.Found.class, unknown)
                    .readValue(text.get());
            if (!unknown.problems().isEmpty()) {
                problems.addAll(unknown.problems());
                return Optional.empty();
            }
            return Optional.of(new Parsed<>(file, value, locations));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new PackProblem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    null, describe(e)));
            return Optional.empty();
        }
    }

    /** Any YAML text as a tree, with the pack's strict duplicate-key detection. */
    public static com.fasterxml.jackson.databind.JsonNode tree(String yaml) throws JsonProcessingException {
        return MAPPER.readTree(yaml);
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf("\n at [Source");
        return cut < 0 ? message : message.substring(0, cut);
    }
}
