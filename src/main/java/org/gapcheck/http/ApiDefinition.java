package org.gapcheck.http;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Names the API in the OpenAPI document that is written at compile time from the controllers.
 * What annotations cannot say (the empty security requirement of the open routes, /health, the examples taken from the fixtures)
 * is merged in from src/main/openapi and the fixtures; the README says how the document is linted.
 */
@OpenAPIDefinition(
        info = @Info(title = "Gapcheck", version = "0.1",
                description = "Checks a national drug policy submission against the 2016 UNGASS operational recommendations"
                        + " and the 2019 Ministerial Declaration challenges, and returns its gap report.\n\n"
                        + "Every error is an RFC 7807 problem (`application/problem+json`, schema `Problem`) whose `type` is a"
                        + " stable code to branch on. Besides the answers each operation lists, any request in an HTTP"
                        + " version other than 1.0 and 1.1 is answered 505 `http/version-not-supported`, an unknown route"
                        + " 404 `http/404` and a wrong method 405 `http/405`.\n\n"
                        + "Most operations are open to anyone. The others take a browser session (the `gapcheck_session`"
                        + " cookie from `POST /api/session`, with its CSRF token in `X-CSRF-Token` on every request that"
                        + " changes something) or an API token (`Authorization: Bearer gct_...`, created by an"
                        + " administrator with `POST /api/tokens`); without one they answer 401 `http/401`, and to a caller"
                        + " without the right role or scope 403 `http/403`.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/", description = "The server that serves this document (`gapcheck serve`)"),
        tags = {
            @Tag(name = "evaluations", description = "A national submission in, its gap report out: JSON, HTML, CSV or Markdown."),
            @Tag(name = "summaries", description = "Many submissions in, the cross-country summary out, for the secretariat."),
            @Tag(name = "catalogue", description = "The commitments: the 2016 recommendations by chapter, the 2019 challenges,"
                    + " the 2017 regional recommendations."),
            @Tag(name = "questionnaire", description = "What a State answers, and the JSON Schemas of a submission and of a gap"
                    + " report."),
            @Tag(name = "rulesets", description = "A rule pack checked as CI checks it, for an administrator or a token with"
                    + " the scope `ruleset:validate`."),
            @Tag(name = "access", description = "Logging in and out (with a TOTP code for the secretariat and administrators),"
                    + " inviting and managing accounts, setting a password by a one-time link, and the API tokens of pipelines."),
            @Tag(name = "submissions", description = "A country's submissions kept with their history: the delegation's draft"
                    + " and saves, versions with their gap reports, submit, acknowledge, return and publish, and who answers which"
                    + " section."),
            @Tag(name = "health", description = "Whether the service is up, and which rule pack it checks against.")
        })
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token (`gct_...`) an administrator created with `POST /api/tokens`; its scopes say what it may do.")
@SecurityScheme(name = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE, paramName = "gapcheck_session",
        description = "The browser session `POST /api/session` opens; unsafe requests also carry `X-CSRF-Token`.")
final class ApiDefinition {

    private ApiDefinition() {
    }
}
