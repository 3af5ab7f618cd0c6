package org.gapcheck.http;

import java.util.List;
import org.gapcheck.text.Printable;

/** A query parameter with a value the route does not know (400), naming the parameter and the values it takes. */
final class InvalidParameterException extends ApiException {

    private final String parameter;

    InvalidParameterException(String parameter, String value, List<String> allowed) {
        super("Query parameter '" + parameter + "' is '" + Printable.of(value) + "'; it takes " + String.join(", ", allowed) + ".");
        this.parameter = parameter;
    }

    @Override
    Problem problem(String instance) {
        return new Problem("http/invalid-parameter", "Invalid query parameter", 400, getMessage(), instance, null,
                List.of(new Problem.Error(parameter, "unknown_value", getMessage())));
    }
}
