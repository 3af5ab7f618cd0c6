package org.gapcheck.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.gapcheck.report.render.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How {@code --format} is read where a command offers Markdown: "md" and "markdown" name the same
 * format, so nobody has to remember which command spells it which way. The enums keep one name
 * each (the HTTP service negotiates formats by media type, not by these words).
 */
final class Formats {

    private static final Set<String> MARKDOWN = Set.of("md", "markdown");

    private Formats() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E format : type.getEnumConstants()) {
            if (format.name().equals(value) || MARKDOWN.contains(format.name()) && MARKDOWN.contains(value)) {
                return format;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .map(n -> MARKDOWN.contains(n) ? "md (or markdown)" : n).toList();
        String list = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        throw new TypeConversionException("expected " + list + " but was '" + value + "'");
    }

    /** evaluate's report formats. */
    static final class Report implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return parse(ReportFormat.class, value);
        }
    }

    /** The catalogue's and the questionnaire's formats. */
    static final class Document implements ITypeConverter<DocumentCommand.Format> {
        @Override
        public DocumentCommand.Format convert(String value) {
            return parse(DocumentCommand.Format.class, value);
        }
    }
}
