package org.gapcheck.priorities;

/** A kind of ministry or body that owns themes, as a report names it ("Ministry of health"). */
public record Owner(String id, String name) {
}
