package org.gapcheck.app;

import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.Map;
import org.gapcheck.access.Caller;

/** The values of a signed-in page's header: who is signed in, and the token its sign-out form carries. */
final class Header {

    private Header() {
    }

    static Map<String, Object> of(Authentication authentication, Caller caller, Messages m) {
        Map<String, Object> view = new HashMap<>();
        view.put("signedIn", true);
        view.put("signedInText", m.get("signed_in_as", "login", authentication.getName()));
        view.put("csrf", caller.csrfToken());
        view.put("csrfField", Forms.TOKEN);
        return view;
    }
}
