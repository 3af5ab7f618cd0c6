package org.gapcheck.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code pack.yaml}: what this rule pack is, which version, from when, and what it encodes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PackManifest(String name, String version, String effectiveDate, String title, String description,
                           List<Source> sources) {

    /** A document the pack encodes, and the seed file it was taken from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String id, String title, Integer year, String seed, List<String> encodedIn) {
    }

    /** "name version", as logs and report headers print it. */
    public String label() {
        return name + " " + version;
    }
}
