package org.gapcheck.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Map;

/**
 * The file's shape: JSON Lines in UTF-8, a {@link Header} then one {@link Line} per row; columns by
 * their database names, nulls written, times as RFC 3339 strings. Read strictly: an unknown or a
 * missing column, a string for a number, a duplicate key or anything after the object is refused.
 */
final class Format {

    static final String NAME = "gapcheck-export";
    static final int VERSION = 1;
    /** The longest line read: a version with its submission (1 MiB at most) and gap report fits many times over. */
    static final int LINE_LIMIT = 16 * 1024 * 1024;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Format() {
    }

    /**
     * The first line.
     *
     * @param gapcheckVersion the version of the jar that wrote the file; null in a development build
     * @param schemaVersion the database's Flyway version; an import needs the same
     * @param rows the rows of each table that follow, in the order they follow
     */
    record Header(String format, int formatVersion, @Nullable String gapcheckVersion, String schemaVersion, Instant exportedAt,
                  Map<String, Long> rows) {
    }

    /** A row of {@code table}. */
    record Line(String table, Object row) {
    }
}
