package org.gapcheck.engine;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.globalOf;
import static org.drools.model.PatternDSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import java.util.List;
import org.drools.model.Global;
import org.drools.model.PatternDSL.PatternDef;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.gapcheck.pack.Budget;
import org.kie.api.KieBase;

/**
 * Builds the rule base as a Drools executable model, straight from the pack's criteria and
 * applicability rules: no Java source is generated or compiled, so a pack of over 500 criteria
 * builds in milliseconds rather than seconds.
 *
 * <p>Each criterion becomes one or two rules whose conditions are its requirements: {@code [met]}
 * fires when {@code @met} holds, {@code [partial]} when {@code @partial} holds. A condition is a
 * lambda that runs the parsed requirement's own test ({@link Requirement#test}); Drools sees no
 * more of it than its text, calls it and fires the rule when it returns true. A criterion neither
 * fires is a gap or not reported; which one is decided after the session ({@link Evaluator#run}),
 * because a Drools activation costs far more than testing one requirement (BENCHMARKS.md,
 * benchmark 2). A conjunction becomes one constraint per part, and a constraint is identified by
 * its text, so conditions shared by several criteria (the same comparison of the same item) are
 * one alpha node, tested once per evaluation.
 */
final class CriteriaModel {

    static final String PACKAGE = "org.gapcheck.rules";

    private CriteriaModel() {
    }

    /** @param budget checked per criterion; building the network from the model is one step of Drools' */
    static KieBase build(List<CriterionDef> criteria, List<Applicability> applicability, Budget budget) {
        Global<OutcomeRecorder> outcomes = globalOf(OutcomeRecorder.class, PACKAGE, "outcomes");
        Variable<Answers> answers = declarationOf(Answers.class, "answers");
        Variable<Profile> profile = declarationOf(Profile.class, "profile");
        ModelImpl model = new ModelImpl();
        model.addGlobal(outcomes);
        for (int i = 0; i < criteria.size(); i++) {
            budget.check();
            CriterionDef def = criteria.get(i);
            int index = i;
            model.addRule(rule(PACKAGE, def.id() + " [met]").build(
                    holds(pattern(answers), def.met()),
                    on(outcomes).execute(j -> j.met(index))));
            if (def.partial() != null) {
                model.addRule(rule(PACKAGE, def.id() + " [partial]").build(
                        holds(pattern(answers), def.partial()),
                        on(outcomes).execute(j -> j.partial(index))));
            }
        }
        for (int i = 0; i < applicability.size(); i++) {
            Applicability a = applicability.get(i);
            int index = i;
            PatternDef<Profile> says = pattern(profile);
            for (Applicability.Condition c : a.conditions()) {
                says = says.expr("says " + c.field() + " = " + c.value(), p -> p.says(c.field(), c.value()));
            }
            model.addRule(rule(PACKAGE, a.name()).build(says, on(outcomes).execute(j -> j.exclude(index))));
        }
        return KieBaseBuilder.createKieBaseFromModel(model);
    }

    /**
     * Constrains the pattern so that the requirement holds (is TRUE in three-valued logic). "a and
     * b" holds when each part does: one constraint per part; anything else is one constraint. The
     * constraint's id is its text, so that equal conditions share one node.
     */
    private static PatternDef<Answers> holds(PatternDef<Answers> pattern, Requirement requirement) {
        if (requirement instanceof Requirement.Group g && g.all()) {
            PatternDef<Answers> out = pattern;
            for (Requirement part : g.parts()) {
                out = holds(out, part);
            }
            return out;
        }
        return pattern.expr("holds: " + requirement.text(), a -> requirement.test(a) == Tri.TRUE);
    }
}
