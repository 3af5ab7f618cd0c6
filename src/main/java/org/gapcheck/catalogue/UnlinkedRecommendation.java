package org.gapcheck.catalogue;

/** A recommendation that serves no 2019 challenge, said explicitly, with the reason. */
public record UnlinkedRecommendation(String id, String reason) {
}
