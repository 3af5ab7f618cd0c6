package org.gapcheck.http;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;

/**
 * Supplies the rule pack when the context was started without one ({@code serve} loads it first
 * and registers it itself). {@code gapcheck.rules} names a folder; empty means the embedded pack.
 */
@Factory
class PackFactory {

    @Singleton
    @Requires(missingBeans = RulePack.class)
    RulePack rulePack(@Value("${gapcheck.rules:}") String rules) {
        return RulePackLoader.load(rules.isBlank() ? null : Path.of(rules));
    }
}
