package org.gapcheck.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Names the API in the OpenAPI document that is written at compile time from the controllers. */
@OpenAPIDefinition(info = @Info(title = "Gapcheck", version = "0.1",
        description = "Checks a national drug policy submission against the 2016 UNGASS operational recommendations"
                + " and the 2019 Ministerial Declaration challenges, and returns its gap report."))
final class ApiDefinition {

    private ApiDefinition() {
    }
}
