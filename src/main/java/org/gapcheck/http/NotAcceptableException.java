package org.gapcheck.http;

import java.util.List;
import org.gapcheck.text.Printable;

/** An Accept header that refuses every format a route offers (406), naming those it offers. */
final class NotAcceptableException extends ApiException {

    NotAcceptableException(String accept, List<String> offered) {
        super("No format this route offers is acceptable to 'Accept: " + Printable.of(accept) + "'; it offers "
                + String.join(", ", offered) + ".");
    }

    @Override
    Problem problem(String instance) {
        return new Problem("http/not-acceptable", "Not acceptable", 406, getMessage(), instance, null, List.of());
    }
}
