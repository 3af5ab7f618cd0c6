package org.gapcheck.http;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;
import org.gapcheck.core.RulePack;

/** Adds the loaded rule pack to {@code /health}, so a monitor sees which commitments are being checked. */
@Singleton
final class PackHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final RulePack pack;

    PackHealthIndicator(RulePack pack) {
        this.pack = pack;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        return Map.of("name", pack.manifest().name(), "version", pack.manifest().version(),
                "effective_date", pack.manifest().effectiveDate(), "origin", pack.origin(),
                "recommendations", pack.catalogue().recommendations().size());
    }

    @Override
    public String getName() {
        return "rulePack";
    }
}
