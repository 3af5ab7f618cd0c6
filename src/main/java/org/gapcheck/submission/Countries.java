package org.gapcheck.submission;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ISO 3166-1 alpha-3: the officially assigned codes (as the JDK carries them) plus the
 * user-assigned range XAA-XZZ, which fixtures and tests use so that no real country is named.
 */
public final class Countries {

    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    private static final Pattern USER_ASSIGNED = Pattern.compile("X[A-Z]{2}");

    private Countries() {
    }

    public static boolean known(String code) {
        return ASSIGNED.contains(code) || USER_ASSIGNED.matcher(code).matches();
    }

    public static boolean userAssigned(String code) {
        return USER_ASSIGNED.matcher(code).matches();
    }

    public static Set<String> assigned() {
        return ASSIGNED;
    }
}
