package org.gapcheck.transfer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines of an export one by one and says what is wrong with one, by its number: not
 * JSON, not a row, an unknown table, an unknown or missing column, a value of the wrong type, an
 * id out of order; and at the end, counts that differ from the header's.
 */
final class Rows {

    private static final Pattern MISSING = Pattern.compile("Missing (?:creator|required creator) property '([^']*)'");

    private final Tables tables;
    private final String file;
    private final Map<String, Long> counted = new LinkedHashMap<>();
    private final Map<String, Long> lastId = new HashMap<>();

    Rows(Tables tables, String file) {
        this.tables = tables;
        this.file = file;
    }

    /** A row and its table. */
    record Row(Table<?> table, Object value) {
    }

    /** The first line, checked: this format, its version, the database's schema version, a count for each table. */
    Format.Header header(byte[] line, String schemaVersion) {
        Format.Header header;
        try {
            JsonNode node = Format.MAPPER.readTree(line);
            if (node == null || !node.isObject() || !Format.NAME.equals(node.path("format").asText(null))) {
                throw ImportRefused.at(file, 1, "not a Gapcheck export: the first line is not its header (\"format\": \""
                        + Format.NAME + "\")");
            }
            header = Format.MAPPER.treeToValue(node, Format.Header.class);
        } catch (IOException e) {
            throw ImportRefused.at(file, 1, "not a Gapcheck export header: " + reason(e, "the header"));
        }
        if (header.formatVersion() != Format.VERSION) {
            throw ImportRefused.at(file, 1, "format version " + header.formatVersion() + " is not one this Gapcheck reads ("
                    + Format.VERSION + ")");
        }
        if (!schemaVersion.equals(header.schemaVersion())) {
            throw ImportRefused.at(file, 1, "exported from a database at schema version " + header.schemaVersion()
                    + "; this one is at " + schemaVersion + ": export and import with the same Gapcheck version");
        }
        List<String> names = tables.all().stream().map(Table::name).toList();
        if (header.rows() == null || !header.rows().keySet().equals(Set.copyOf(names))) {
            throw ImportRefused.at(file, 1, "the header's \"rows\" must count each of " + String.join(", ", names));
        }
        return header;
    }

    /** Line {@code number}, a row, checked. */
    Row row(byte[] line, int number) {
        JsonNode node;
        try {
            node = Format.MAPPER.readTree(line);
        } catch (IOException e) {
            throw ImportRefused.at(file, number, "not a JSON object: " + reason(e, "the line"));
        }
        if (node == null || !node.isObject() || node.size() != 2 || !node.path("table").isTextual() || !node.path("row").isObject()) {
            throw ImportRefused.at(file, number, "not a row: a row is {\"table\": \"...\", \"row\": {...}}");
        }
        String name = node.get("table").asText();
        Table<?> table = tables.named(name).orElseThrow(() -> ImportRefused.at(file, number, "unknown table '" + name
                + "' (the tables are " + String.join(", ", tables.all().stream().map(Table::name).toList()) + ")"));
        Object value;
        try {
            value = Format.MAPPER.treeToValue(node.get("row"), table.type());
        } catch (IOException e) {
            throw ImportRefused.at(file, number, reason(e, name));
        }
        if (!node.get("row").path("id").isIntegralNumber()) {
            throw ImportRefused.at(file, number, "column 'id' of " + name + ": a row keeps its id, a whole number");
        }
        long id = table.idOf(value);
        Long previous = lastId.put(name, id);
        if (previous != null && id <= previous) {
            throw ImportRefused.at(file, number, "id " + id + " of " + name + " after id " + previous
                    + ": the rows of a table come in ascending id order");
        }
        counted.merge(name, 1L, Long::sum);
        return new Row(table, value);
    }

    /** The rows read by table, once they agree with the header's counts. */
    Map<String, Long> checkCounts(Format.Header header) {
        Map<String, Long> read = new LinkedHashMap<>();
        for (Table<?> table : tables.all()) {
            long count = counted.getOrDefault(table.name(), 0L);
            long said = header.rows().get(table.name());
            if (count != said) {
                throw ImportRefused.at(file, 1, "the header counts " + said + " rows of " + table.name() + " but the file holds "
                        + count + " (is it cut short?)");
            }
            read.put(table.name(), count);
        }
        return read;
    }

    /** What Jackson found, in the file's terms: the column, and why. */
    private static String reason(IOException e, String what) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown column '" + unknown.getPropertyName() + "' in " + what;
        }
        String original = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
        Matcher missing = MISSING.matcher(String.valueOf(original));
        if (missing.find()) {
            return "missing column '" + missing.group(1) + "' in " + what;
        }
        String column = column(e);
        String why = firstLine(original);
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            why = why.replaceAll("`java\\.lang\\.|`java\\.time\\.|`org\\.gapcheck\\.storage\\.", "`");
        }
        return (column == null ? "" : "column '" + column + "' of " + what + ": ") + why;
    }

    private static String column(IOException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            Iterator<com.fasterxml.jackson.databind.JsonMappingException.Reference> path = mapping.getPath().iterator();
            while (path.hasNext()) {
                String name = path.next().getFieldName();
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The first line of an exception's message, or of its deepest cause's when that says more. */
    static String firstLine(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return firstLine(deepest.getMessage() == null ? e.getMessage() : deepest.getMessage());
    }

    static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
