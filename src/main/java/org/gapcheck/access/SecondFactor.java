package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HexFormat;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AuditLog;

/**
 * The TOTP code the secretariat and administrators give besides their password. An account not yet
 * enrolled is offered a new secret at each login with the right password and no code, and enrols
 * by logging in with the password and a code of the secret offered last; from then on every login
 * takes a code, each accepted once.
 */
@Singleton
@Requires(beans = DataSource.class)
final class SecondFactor {

    /** What a login's code settles, after the right password. */
    enum Outcome { PASSED, MISSING, WRONG, ENROL }

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Totp totp = new Totp();

    SecondFactor(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Checks {@code code} for {@code account}, which needs TOTP; a right code is spent (and enrols an offered secret). */
    Outcome check(Account account, @Nullable String code) {
        boolean given = code != null && !code.isBlank();
        if (account.totpEnrolledAt() == null) {
            if (!given || account.totpSecret() == null) {
                return Outcome.ENROL;
            }
            OptionalLong step = totp.match(secret(account), code.trim(), Instant.now(), null);
            if (step.isEmpty() || accounts.enrolTotp(account.id(), account.totpSecret(), Instant.now(), step.getAsLong()) == 0) {
                return Outcome.WRONG;
            }
            audit.append(account.id(), "totp.enrolled", "account:" + account.id(), null);
            return Outcome.PASSED;
        }
        if (!given) {
            return Outcome.MISSING;
        }
        OptionalLong step = totp.match(secret(account), code.trim(), Instant.now(), account.totpLastStep());
        return step.isPresent() && accounts.acceptTotpStep(account.id(), step.getAsLong()) == 1 ? Outcome.PASSED : Outcome.WRONG;
    }

    /** A new secret offered to {@code account} (any offered before stops counting), as the refusal that shows it. */
    TotpEnrolment offer(Account account) {
        byte[] secret = Totp.newSecret();
        accounts.offerTotp(account.id(), HexFormat.of().formatHex(secret));
        audit.append(account.id(), "totp.offered", "account:" + account.id(), null);
        return new TotpEnrolment(Totp.base32(secret), Totp.uri(account.login(), secret));
    }

    private static byte[] secret(Account account) {
        return HexFormat.of().parseHex(account.totpSecret());
    }
}
