package org.gapcheck.cli;

import java.util.function.Function;
import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import picocli.CommandLine.Option;

/** A pack document printed as JSON (for tools) or Markdown (for people): the catalogue, the questionnaire. */
abstract class DocumentCommand<T> extends PrintCommand {

    enum Format { json, markdown }

    @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT", converter = Formats.Document.class,
            description = "json, or md or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    private final Function<RulePack, T> document;
    private final Function<T, String> markdown;

    DocumentCommand(Function<RulePack, T> document, Function<T, String> markdown) {
        this.document = document;
        this.markdown = markdown;
    }

    @Override
    final String render(RulePack loaded) {
        T value = document.apply(loaded);
        return format == Format.json ? Json.write(value) : markdown.apply(value);
    }

    @Override
    final String formatName() {
        return format.name();
    }
}
