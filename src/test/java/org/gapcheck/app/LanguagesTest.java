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
}
