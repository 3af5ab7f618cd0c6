package org.gapcheck.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.security.Principal;
import org.reactivestreams.Publisher;

/**
 * {@code GET /health} on the public port when serve has a management port ({@code endpoints.all.port}),
 * which takes Micronaut's endpoints, health too: load balancers, the launcher and the README's curl
 * keep asking the public port. The same answer as the endpoint's (503 when down, by Micronaut's filter of /health).
 */
@Controller("/health")
@Requires(property = "endpoints.all.port")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class PublicHealthController {

    private final HealthEndpoint health;

    PublicHealthController(HealthEndpoint health) {
        this.health = health;
    }

    @Get
    @SingleResult
    Publisher<HealthResult> health(@Nullable Principal principal) {
        return health.getHealth(principal);
    }
}
