package org.gapcheck.http;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.gapcheck.core.PendingPack;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;

/**
 * Supplies the rule pack when the context was started without one ({@code serve} loads it first
 * in the background and registers it as a {@link PendingPack}). {@code gapcheck.rules} names a folder; empty means the embedded pack.
 */
@Factory
class PackFactory {

    @Singleton
    @Requires(missingBeans = RulePack.class)
    RulePack rulePack(@Value("${gapcheck.rules:}") String rules, Optional<PendingPack> pending) {
        if (pending.isPresent()) {
            return pending.get().get();
        }
        return RulePackLoader.load(rules.isBlank() ? null : Path.of(rules));
    }
}
