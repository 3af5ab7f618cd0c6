package org.gapcheck.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.Status;
import org.gapcheck.submission.Answer;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.BasicRule;
import org.jeasy.rules.core.DefaultRulesEngine;

/**
 * The criteria as Easy Rules rules, one per criterion, built once; an evaluation is a new Facts
 * (the answers and a result holder) fired through the default engine. Like the plain-Java bound,
 * it records statuses only: no explanations, no roll-up.
 */
final class EasyRulesCriteria {

    private final Rules rules = new Rules();
    private final RulesEngine engine = new DefaultRulesEngine();
    private final int size;

    EasyRulesCriteria(List<CriterionDef> criteria) {
        for (int i = 0; i < criteria.size(); i++) {
            rules.register(new CriterionRule(i, criteria.get(i)));
        }
        size = criteria.size();
        if (rules.size() != size) {
            throw new IllegalStateException("Easy Rules keeps rules by name; criterion ids must be unique");
        }
    }

    /** Statuses in the order of the criteria given to the constructor. */
    Status[] evaluate(Map<String, Answer> answers) {
        Facts facts = new Facts();
        facts.put("answers", answers);
        Outcomes outcomes = new Outcomes(size);
        facts.put("outcomes", outcomes);
        engine.fire(rules, facts);
        return outcomes.statuses;
    }

    /** Per evaluation: the statuses recorded, and the one the rule being fired has just decided. */
    private static final class Outcomes {
        final Status[] statuses;
        Status decided;

        Outcomes(int size) {
            statuses = new Status[size];
        }
    }

    /**
     * The condition tests the requirement and keeps the status it decides, so that the action
     * records it without testing again; every criterion decides some status, so every rule fires.
     */
    private static final class CriterionRule extends BasicRule {
        private final int index;
        private final CriterionDef def;

        CriterionRule(int index, CriterionDef def) {
            super(def.id());
            this.index = index;
            this.def = def;
        }

        @Override
        public boolean evaluate(Facts facts) {
            Map<String, Answer> answers = facts.get("answers");
            Function<String, Answer> lookup = answers::get;
            Outcomes outcomes = facts.get("outcomes");
            outcomes.decided = PlainJavaCriteria.status(def.met().test(lookup),
                    def.partial() == null ? null : def.partial().test(lookup));
            return true;
        }

        @Override
        public void execute(Facts facts) {
            Outcomes outcomes = facts.get("outcomes");
            outcomes.statuses[index] = outcomes.decided;
        }
    }
}
