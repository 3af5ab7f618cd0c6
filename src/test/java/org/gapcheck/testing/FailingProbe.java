package org.gapcheck.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.LoggerFactory;

/** A route that fails as a defect would, present only in the test of what a failure answers and logs. */
@Requires(property = "gapcheck.test.failing-probe", value = "true")
@Controller("/failing-probe")
@Secured(SecurityRule.IS_ANONYMOUS)
public class FailingProbe {

    @Get
    public String get() {
        LoggerFactory.getLogger(FailingProbe.class).info("about to fail");
        throw new IllegalStateException("a defect");
    }
}
