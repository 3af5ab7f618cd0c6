package org.gapcheck.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * A route without {@code @Secured}, present only in the test that proves such a route is refused:
 * a controller that forgets to say who may call it must fail closed.
 */
@Requires(property = "gapcheck.test.unsecured-probe", value = "true")
@Controller("/unsecured-probe")
public class UnsecuredProbe {

    @Get
    public String get() {
        return "reached";
    }
}
