package org.gapcheck.bench;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.storage.StorageConfig;
import org.gapcheck.summary.SyntheticSubmissions;
import org.gapcheck.testing.StoredHistory;

/**
 * Writes benchmark 5's reporting history (193 States, 2019-2029: 2,123 acknowledged versions with
 * their stored reports) into the database {@code serve} would open with the same environment and
 * {@code --data DIR}, for the HTTP benchmarks that name a stored history (bench/page-load/run).
 */
public final class HistoryLoader {

    private HistoryLoader() {
    }

    public static void main(String[] args) throws Exception {
        RulePack pack = RulePackLoader.load(null);
        var inputs = SyntheticSubmissions.generate(pack, 193, IntStream.rangeClosed(2019, 2029).boxed().toList(), 11);
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(StorageConfig.of(System.getenv(), Path.of(args.length > 0 ? args[0] : "gapcheck-data"))).singletons(pack).start()) {
            System.out.println(StoredHistory.fill(context, pack, inputs) + " versions stored");
        }
    }
}
