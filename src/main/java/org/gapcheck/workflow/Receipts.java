package org.gapcheck.workflow;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.gapcheck.catalogue.Regions;
import org.gapcheck.core.RulePack;
import org.gapcheck.http.Refusal;
import org.gapcheck.json.Json;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.SubmissionVersion;

/**
 * The receipts of acknowledged versions, which the delegation and the secretariat read (anyone else
 * is answered 404, as for no submission): the facts of one, for its JSON and its PDF.
 */
@Singleton
@Requires(beans = DataSource.class)
class Receipts {

    private final Reading reading;
    private final AccountRepository accounts;
    private final RulePack pack;

    Receipts(Reading reading, AccountRepository accounts, RulePack pack) {
        this.reading = reading;
        this.accounts = accounts;
        this.pack = pack;
    }

    /** Version {@code number} if it is acknowledged and the caller may read its receipt; else 404. */
    SubmissionVersion acknowledged(Audience who, String country, int year, int number) {
        if (!who.delegationOf(country) && !who.secretariat()) {
            throw Audience.notFound(country, year);
        }
        return reading.find(who, country, year).versions().stream().filter(v -> v.versionNumber() == number)
                .filter(v -> v.acknowledgedAt() != null).findFirst().orElseThrow(() -> Refusal.of(404, "not-found/receipt",
                        "Not found", "version " + number + " of " + country + " " + year + " has no receipt: it is not acknowledged"));
    }

    /** What the PDF of the receipt states about {@code v}, an acknowledged version. */
    ReceiptDocument.Facts facts(String country, int year, SubmissionVersion v) {
        String name = pack.regions().country(country).map(Regions.Country::name).orElse(null);
        return new ReceiptDocument.Facts(country, name, year, v.versionNumber(), v.submissionSha256(), packName(v.reportJson()),
                v.packVersion(), v.submittedAt(), login(v.submittedBy()), v.certification(), v.acknowledgedAt(),
                login(v.acknowledgedBy()), "/api/countries/" + country + "/submissions/" + year + "/versions/" + v.versionNumber());
    }

    private String login(Long accountId) {
        return accounts.findById(accountId).map(Account::login).orElse("account " + accountId);
    }

    /**
     * The name of the pack that produced the stored report, read from the report itself (its top-level
     * {@code pack}, near its start), not the pack loaded now, which may be another.
     */
    static String packName(String reportJson) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(reportJson)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a stored report is a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("pack")) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            throw new IllegalStateException("the stored report names no pack");
        } catch (IOException e) {
            throw new UncheckedIOException("a stored report cannot be read", e);
        }
    }
}
