package org.gapcheck.workflow;

import org.gapcheck.testing.Database;

/**
 * Kill -9 after acknowledged saves, on the embedded database (a file under --data). Its first run
 * lost an acknowledged save in round 7 of 20 on H2 2.5.252: with plain JDBC and WRITE_DELAY=0,
 * 2.5.252 lost commits in 1 of 30 kills (and 15 of 40 under load), 2.3.232 in none of 100, so
 * the build pins 2.3.232 (pom.xml).
 */
class H2CrashTest extends CrashCases {

    @Override
    Database database() throws Exception {
        return Database.h2();
    }
}
