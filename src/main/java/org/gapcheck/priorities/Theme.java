package org.gapcheck.priorities;

import java.util.List;

/**
 * A theme of {@code rules/themes.yaml}: criteria one kind of ministry acts on together, and what
 * they are measured against ({@code standard}: "threshold: ID", "standard: ID" or "text").
 */
public record Theme(String id, String title, String owner, String standard, List<String> criteria) {
}
