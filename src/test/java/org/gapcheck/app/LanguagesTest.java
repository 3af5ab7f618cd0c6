package org.gapcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which language a request gets: asked for, remembered, or the browser's; English where none is spoken. */
class LanguagesTest {

    @Test
    void aLanguageGapcheckDoesNotSpeakFallsBackToEnglish() {
        assertEquals("en", Languages.choose(null, null, null));
        assertEquals("en", Languages.choose(null, null, "sw-KE, en-GB;q=0.8"));
        assertEquals("en", Languages.choose("zz", "yy", "sw"));
        assertEquals("en", Languages.choose(null, null, ";;q=nonsense"));
        assertEquals("en", Languages.supported("en-GB").orElseThrow());
    }

    @Test
    void frenchIsAskedForByTheParameterTheCookieOrTheBrowserAndThePseudoLocalesByNameOnly() {
        assertEquals("fr", Languages.choose(null, null, "fr-CH, en;q=0.5"));
        assertEquals("fr", Languages.choose("fr", null, "en"));
        assertEquals("fr", Languages.choose(null, "fr", "en"));
        assertEquals("en", Languages.choose("en", "fr", "fr"), "the parameter before the cookie");
        assertEquals("en-XA", Languages.choose("en-xa", null, null));
        assertEquals("ar-XB", Languages.choose(null, "ar-XB", null));
        assertEquals("en", Languages.choose(null, null, "en-XA"), "a browser never gets a pseudo-locale");
        assertEquals("rtl", Messages.of("ar-XB").direction());
        assertEquals("[Šíĝñ íñ ···]", Messages.of("en-XA").get("login_title"), "6 letters, 3 more (40%, rounded up)");
    }

    @Test
    void theAccentedPseudoLocaleChangesOnlyTheMessagesOwnText() {
        Messages pseudo = Messages.of("en-XA");
        String formatted = pseudo.get("answered_count", "answered", 3, "total", 11);
        assertEquals("[3 óƒ 11 qúéšţíóñš áñšŵéŕéð ········]", formatted, "the case shown, padded by its own letters");
        String plural = pseudo.get("completed_parts", "done", 0, "total", 10);
        assertEquals('[', plural.charAt(0));
        assertEquals(']', plural.charAt(plural.length() - 1));
        assertEquals(false, plural.contains("{"), plural);
        assertEquals("Ñó", plural.substring(1, 3), "the =0 case's text, accented: " + plural);
    }
}
