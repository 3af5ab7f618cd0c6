package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * The DRL as written, compiled by KIE (executable model or classic MVEL): not how Gapcheck runs a
 * pack ({@link CriteriaModel} is), but what the benchmarks and a test compare it with.
 */
final class KieCompile {

    private static final String KIE_FOLDER = "src/main/resources/org/gapcheck/rules/";

    private KieCompile() {
    }

    static KieBase compile(Map<String, String> texts, PackSource source, Class<? extends KieBuilder.ProjectType> mode) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        // A release id of its own per build, so that packs built side by side never replace each other.
        files.generateAndWritePomXML(services.newReleaseId("org.gapcheck.pack", "pack-" + UUID.randomUUID(), "1.0.0"));
        // Written where the DRL package (org.gapcheck.rules) expects them, which keeps KIE from warning.
        texts.forEach((file, text) -> files.write(KIE_FOLDER + file.substring(DrlFiles.DRL_DIR.length()), text));
        KieBuilder builder = services.newKieBuilder(files).buildAll(mode);
        List<PackProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = m.getPath() == null ? "" : DrlFiles.DRL_DIR + m.getPath().replaceFirst("^.*/", "");
            problems.add(new PackProblem(source.display(file), Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0), null,
                    "drl/compile", "DRL: " + m.getText().strip().replaceAll("\\s+", " ")));
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }
        return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }
}
