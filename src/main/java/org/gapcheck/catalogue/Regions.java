package org.gapcheck.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.pack.PackYaml;
import org.gapcheck.pack.PackYaml.Parsed;
import org.gapcheck.pack.Problems;

/**
 * {@code regions.yaml}: the UN regional group and HONLEA regions of every country code, and the
 * facts about a country that decide whether duties of a provider of assistance apply to it (OECD
 * DAC membership, World Bank high income): pack data, which a submission cannot override.
 */
public record Regions(List<Group> unGroups, List<Group> honleaRegions, List<Country> countries) {

    public static final String FILE = "regions.yaml";

    /** A region: a UN regional group or the region of a CND subsidiary body. */
    public record Group(String id, String name) {
    }

    /**
     * A country or territory, with its groups; {@code unGroup} is "none" for non-members outside the
     * groups. {@code dacMember} and {@code wbHighIncome} are true where the sources in the file's
     * header say so, absent otherwise.
     */
    public record Country(String code, String name, Boolean unMember, String unGroup, List<String> honlea, Boolean dacMember,
                          Boolean wbHighIncome) {

        /** An OECD DAC member or a high-income economy: the States that provider-side duties of assistance address. */
        public boolean assistanceProvider() {
            return Boolean.TRUE.equals(dacMember) || Boolean.TRUE.equals(wbHighIncome);
        }
    }

    /** The profile fields the pack sets from this table, for every country it lists, by code. */
    public Map<String, Map<String, String>> derivedProfiles() {
        Map<String, Map<String, String>> out = new java.util.HashMap<>();
        countries.forEach(c -> out.put(c.code(), Map.of("oecd_dac_member", Boolean.TRUE.equals(c.dacMember()) ? "yes" : "no",
                "assistance_provider", c.assistanceProvider() ? "yes" : "no")));
        return Map.copyOf(out);
    }

    public Optional<Country> country(String code) {
        return countries.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The country's name, or its code where the table does not list it. */
    public String nameOf(String code) {
        return country(code).map(Country::name).orElse(code);
    }

    public Map<String, Country> byCode() {
        Map<String, Country> out = new LinkedHashMap<>();
        countries.forEach(c -> out.put(c.code(), c));
        return out;
    }

    public static Regions load(PackSource source) {
        List<PackProblem> found = new java.util.ArrayList<>();
        Optional<Parsed<Regions>> parsed = PackYaml.read(source, FILE, Regions.class, found);
        if (parsed.isEmpty()) {
            throw new PackLoadException(found);
        }
        Parsed<Regions> file = parsed.get();
        Regions r = file.value();
        Problems problems = new Problems();
        List<String> groups = Problems.orEmpty(r.unGroups()).stream().map(Group::id).toList();
        List<String> honlea = Problems.orEmpty(r.honleaRegions()).stream().map(Group::id).toList();
        problems.duplicates(file, Problems.orEmpty(r.countries()), Country::code, "country");
        for (Country c : Problems.orEmpty(r.countries())) {
            problems.required(file, c, c.code(), "name", c.name());
            problems.required(file, c, c.code(), "un_member", c.unMember());
            if (problems.required(file, c, c.code(), "un_group", c.unGroup()) && !"none".equals(c.unGroup())
                    && !groups.contains(c.unGroup())) {
                problems.add(file, c, c.code(), "regions/unknown-group", "unknown UN group '" + c.unGroup() + "'");
            }
            Problems.orEmpty(c.honlea()).stream().filter(h -> !honlea.contains(h))
                    .forEach(h -> problems.add(file, c, c.code(), "regions/unknown-group", "unknown HONLEA region '" + h + "'"));
        }
        problems.throwIfAny();
        return new Regions(List.copyOf(r.unGroups()), List.copyOf(r.honleaRegions()), List.copyOf(r.countries()));
    }
}
