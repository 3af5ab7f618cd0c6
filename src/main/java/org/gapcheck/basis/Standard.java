package org.gapcheck.basis;

/** A public standard a criterion or a threshold may rest on, with enough to find it. */
public record Standard(String id, String title, String issuingBody, Integer year, String citation) {
}
