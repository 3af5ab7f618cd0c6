package org.gapcheck.questionnaire;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gapcheck.pack.SemanticVersion;

/**
 * What a State can report: items by section, the country profile, and situation indicators.
 * Immutable; lookups by code are indexed once, since validation looks up every answer.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"title", "not_known", "sections", "regions", "items", "profile", "indicators"})
public final class Questionnaire {

    private final String title;
    private final String notKnown;
    private final List<Section> sections;
    private final List<Region> regions;
    private final List<Item> items;
    private final List<ProfileField> profile;
    private final List<Indicator> indicators;
    private final Map<String, Item> itemIndex;
    private final Map<String, ProfileField> profileIndex;
    private final Map<String, Indicator> indicatorIndex;
    private final List<QuestionnaireChange> changes;

    public Questionnaire(String title, String notKnown, List<Section> sections, List<Region> regions, List<Item> items,
                         List<ProfileField> profile, List<Indicator> indicators) {
        this(title, notKnown, sections, regions, items, profile, indicators, List.of());
    }

    /** @param changes the items renamed or removed by earlier pack versions, oldest first */
    public Questionnaire(String title, String notKnown, List<Section> sections, List<Region> regions, List<Item> items,
                         List<ProfileField> profile, List<Indicator> indicators, List<QuestionnaireChange> changes) {
        this.title = title;
        this.notKnown = notKnown;
        this.sections = List.copyOf(sections);
        this.regions = List.copyOf(regions);
        this.items = List.copyOf(items);
        this.profile = List.copyOf(profile);
        this.indicators = List.copyOf(indicators);
        this.itemIndex = index(this.items, Item::code);
        this.profileIndex = index(this.profile, ProfileField::code);
        this.indicatorIndex = index(this.indicators, Indicator::code);
        this.changes = List.copyOf(changes);
    }

    @JsonProperty
    public String title() {
        return title;
    }

    @JsonProperty
    public String notKnown() {
        return notKnown;
    }

    @JsonProperty
    public List<Section> sections() {
        return sections;
    }

    @JsonProperty
    public List<Region> regions() {
        return regions;
    }

    @JsonProperty
    public List<Item> items() {
        return items;
    }

    @JsonProperty
    public List<ProfileField> profile() {
        return profile;
    }

    @JsonProperty
    public List<Indicator> indicators() {
        return indicators;
    }

    public Optional<Item> item(String code) {
        return Optional.ofNullable(itemIndex.get(code));
    }

    public Optional<ProfileField> profileField(String code) {
        return Optional.ofNullable(profileIndex.get(code));
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicatorIndex.get(code));
    }

    /**
     * The changes a submission stored under the questionnaire of pack {@code version} goes through
     * to be read under this one, oldest first: none where that version is this one or later, or not
     * a pack version at all.
     */
    public List<QuestionnaireChange> changesAfter(String version) {
        return SemanticVersion.parse(version)
                .map(from -> changes.stream().filter(c -> SemanticVersion.parse(c.version())
                        .map(v -> v.compareTo(from) > 0).orElse(false)).toList())
                .orElse(List.of());
    }

    /** The codes of a submission group (see {@link QuestionnaireChange#GROUPS}) this questionnaire asks for. */
    public Set<String> codes(String group) {
        return switch (group) {
            case "answers" -> itemIndex.keySet();
            case "profile" -> profileIndex.keySet();
            case "indicators" -> indicatorIndex.keySet();
            default -> throw new IllegalArgumentException("no group " + group);
        };
    }

    public boolean hasRegion(String id) {
        return regions.stream().anyMatch(r -> r.id().equals(id));
    }

    /** The items that inform a recommendation. */
    public List<Item> itemsFor(String recommendationId) {
        return items.stream().filter(i -> i.recommendations().contains(recommendationId)).toList();
    }

    private static <T> Map<String, T> index(List<T> list, Function<T, String> code) {
        return list.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
