package org.gapcheck.app;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.Format;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface strings of one language: ICU message patterns from {@code messages/app*.properties},
 * the English file ({@code app.properties}) standing behind every other. Plural forms follow the
 * language's own rules; dates and times are written in UTC, which every page says.
 */
public final class Messages {

    static final String BUNDLE = "messages.app";
    private static final Map<String, Messages> LOADED = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ULocale locale;
    private final ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    /** A pseudo-locale's patterns, made once each from English's ({@link Pseudo}); empty for a real language. */
    private final Map<String, String> pseudo = new ConcurrentHashMap<>();
    private final boolean isPseudo;

    private Messages(String language) {
        this.locale = new ULocale(language);
        this.isPseudo = Pseudo.is(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), Messages.class.getClassLoader(),
                NO_SYSTEM_FALLBACK);
    }

    /** The strings of {@code language} (a BCP 47 tag Gapcheck has a bundle for; see {@link Languages}). */
    public static Messages of(String language) {
        return LOADED.computeIfAbsent(language, Messages::new);
    }

    public String language() {
        return locale.toLanguageTag();
    }

    /** {@code rtl} for the languages written right to left (Arabic among the UN's six), else {@code ltr}. */
    public String direction() {
        return locale.isRightToLeft() ? "rtl" : "ltr";
    }

    /**
     * The message {@code key} with its arguments, given as name, value, name, value...
     *
     * @throws MissingResourceException where no bundle has the key: a page asking for a string no one wrote
     */
    public String get(String key, Object... namesAndValues) {
        String pattern = isPseudo ? pseudo.computeIfAbsent(key, k -> Pseudo.of(locale.toLanguageTag(), bundle.getString(k)))
                : bundle.getString(key);
        if (namesAndValues.length == 0 && pattern.indexOf('{') < 0) {
            return pattern;
        }
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        // Parsed once per key; each use formats with a copy, since a MessageFormat is not safe to share.
        MessageFormat format = (MessageFormat) formats.computeIfAbsent(key, k -> parsed(pattern)).clone();
        return format.format(arguments);
    }

    private MessageFormat parsed(String pattern) {
        MessageFormat format = new MessageFormat(pattern, locale);
        for (Format f : format.getFormats()) {
            if (f instanceof DateFormat date) {
                date.setTimeZone(TimeZone.GMT_ZONE);
            }
        }
        return format;
    }

    /** The messages as a map for templates: {@code {{t.login_title}}} is the message without arguments. */
    public Map<String, String> asMap() {
        return new AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return key instanceof String k && bundle.containsKey(k);
            }

            @Override
            public String get(Object key) {
                return containsKey(key) ? Messages.this.get((String) key) : null;
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                throw new UnsupportedOperationException("messages are looked up by key");
            }
        };
    }
}
