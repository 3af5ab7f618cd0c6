package org.gapcheck.catalogue;

/** A subsidiary body of the Commission that made recommendations in 2017 (a HONLEA or the Subcommission). */
public record RegionalBody(String id, String name, String region) {
}
