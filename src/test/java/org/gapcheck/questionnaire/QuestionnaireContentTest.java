package org.gapcheck.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.junit.jupiter.api.Test;

class QuestionnaireContentTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final Questionnaire Q = PACK.questionnaire();

    @Test
    void everyMemberStateRecommendationIsInformedByAnItem() {
        List<String> uninformed = PACK.catalogue().recommendations().stream()
                .filter(Recommendation::forMemberStates)
                .map(Recommendation::id)
                .filter(id -> Q.itemsFor(id).isEmpty())
                .toList();
        assertEquals(List.of(), uninformed);
    }

    @Test
    void mostRecommendationsSeparatePolicyFromImplementation() {
        List<Recommendation> ms = PACK.catalogue().recommendations().stream().filter(Recommendation::forMemberStates).toList();
        long split = ms.stream().filter(r -> Q.itemsFor(r.id()).stream().anyMatch(i -> i.aspect() == Aspect.POLICY)
                && Q.itemsFor(r.id()).stream().anyMatch(i -> i.aspect() == Aspect.IMPLEMENTATION)).count();
        assertTrue(split * 10 >= ms.size() * 9, split + " of " + ms.size() + " have both a policy and an implementation item");
    }

    @Test
    void itemsAreGroupedInTheArqLikeSections() {
        List<String> sections = Q.sections().stream().map(Section::id).toList();
        assertEquals(List.of("LEG", "DR", "MED", "SR", "HR", "EMG", "IC", "AD", "DATA"), sections);
        sections.forEach(s -> assertTrue(Q.items().stream().anyMatch(i -> i.section().equals(s)), "section " + s + " has items"));
    }

    @Test
    void quantitativeItemsNameTheirStandardWhereOneExists() {
        for (String code : List.of("DR.NSP_SYRINGES_PER_PWID", "DR.OAT_COVERAGE_PERCENT")) {
            Item item = Q.item(code).orElseThrow();
            assertTrue(item.standard() != null && !item.standard().isBlank(), code);
            assertTrue(item.unit() != null && item.min() != null && item.max() != null, code);
        }
    }

    @Test
    void theProfileCoversTheSituationsRulesDependOn() {
        for (String field : List.of("illicit_cultivation", "transit_country", "people_who_inject_drugs")) {
            assertTrue(Q.profileField(field).isPresent(), field);
        }
    }
}
