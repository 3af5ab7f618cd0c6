package org.gapcheck.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gapcheck.pack.PackManifest;
import org.gapcheck.pack.Problems;
import org.gapcheck.pack.PackYaml.Parsed;

/**
 * The consistency rules of a catalogue: required fields, id shapes, unique ids, links that
 * resolve, and texts free of conversion artefacts. Collects every problem; fails once.
 */
final class CatalogueValidator {

    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?");
    private static final Pattern CHALLENGE_ID = Pattern.compile("C\\d{2}");
    /** Left-overs of the PDF conversion that must never reach a catalogue text. */
    private static final Map<Pattern, String> ARTEFACTS = Map.of(
            Pattern.compile("<sup>|</sup>"), "carries a footnote marker",
            Pattern.compile("(^|\\s)---(\\s|$)"), "carries a page-break line",
            Pattern.compile("\\*\\*|(^|\\s)\\*[^*\\s]"), "carries markdown emphasis",
            Pattern.compile("\\s{2,}"), "carries a run of spaces (a joined line or page?)");

    private final Problems problems = new Problems();

    void manifest(Parsed<PackManifest> parsed) {
        PackManifest m = parsed.value();
        String entry = "pack";
        required(parsed, m, entry, "name", m.name());
        required(parsed, m, entry, "title", m.title());
        if (required(parsed, m, entry, "version", m.version()) && !SEMVER.matcher(m.version()).matches()) {
            problems.add(parsed, m, entry, "manifest/bad-version", "version '" + m.version() + "' is not semantic (MAJOR.MINOR.PATCH)");
        }
        if (required(parsed, m, entry, "effective_date", m.effectiveDate())) {
            try {
                LocalDate.parse(m.effectiveDate());
            } catch (DateTimeParseException e) {
                problems.add(parsed, m, entry, "manifest/bad-date", "effective_date '" + m.effectiveDate() + "' is not a date (YYYY-MM-DD)");
            }
        }
        if (m.sources() == null || m.sources().isEmpty()) {
            problems.add(parsed, m, entry, "manifest/no-sources", "missing 'sources': a pack must say what it encodes");
        } else {
            for (PackManifest.Source s : m.sources()) {
                String name = "source " + s.id();
                required(parsed, s, name, "id", s.id());
                required(parsed, s, name, "title", s.title());
            }
            duplicates(parsed, m.sources(), PackManifest.Source::id, "source");
        }
    }

    void chapters(Parsed<ChaptersFile> parsed) {
        ChaptersFile file = parsed.value();
        required(parsed, file, null, "document", file.document());
        List<Chapter> chapters = Problems.orEmpty(file.chapters());
        if (chapters.isEmpty()) {
            problems.add(parsed, file, null, "catalogue/empty", "no chapters");
        }
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            String name = "chapter " + c.number();
            if (c.number() == null || c.number() != i + 1) {
                problems.add(parsed, c, name, "chapter/out-of-sequence", "chapters must be numbered 1, 2, 3, ... in order; expected " + (i + 1));
            }
            text(parsed, c, name, "title", c.title());
            text(parsed, c, name, "heading", c.heading());
            text(parsed, c, name, "chapeau", c.chapeau());
        }
    }

    List<Recommendation> recommendations(Parsed<RecommendationsFile> parsed) {
        RecommendationsFile file = parsed.value();
        int number = chapterOf(parsed.file());
        if (file.chapter() == null || file.chapter() != number) {
            problems.add(parsed, file, null, "chapter/wrong-file", "'chapter' must be " + number + " in this file, found " + file.chapter());
        }
        List<Recommendation> in = Problems.orEmpty(file.recommendations());
        if (in.isEmpty()) {
            problems.add(parsed, file, null, "catalogue/empty", "no recommendations");
        }
        List<Recommendation> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Recommendation r = in.get(i);
            String name = r.id();
            if (!required(parsed, r, name, "id", r.id())) {
                continue;
            }
            String expected = number + "(" + RecommendationId.letterAt(i) + ")";
            if (!r.id().equals(expected)) {
                problems.add(parsed, r, name, "recommendation/bad-id", RecommendationId.FORMAT.matcher(r.id()).matches()
                        ? "out of sequence: the document letters entry " + (i + 1) + " of chapter " + number + " as " + expected
                        : "id must look like " + expected + " (chapter number, letter in brackets)");
            }
            if (r.chapter() != null && r.chapter() != number) {
                problems.add(parsed, r, name, "chapter/wrong-file", "'chapter' " + r.chapter() + " contradicts the file (chapter " + number + ")");
            }
            text(parsed, r, name, "text", r.text());
            if (r.text() != null && !r.text().matches("(?s).*[;.:]$")) {
                problems.add(parsed, r, name, "text/artefact", "text ends mid-sentence: '..." + tail(r.text()) + "'");
            }
            required(parsed, r, name, "subheading", r.subheading());
            required(parsed, r, name, "source", r.source());
            if (r.addressee() == null) {
                problems.add(parsed, r, name, "field/missing", "missing 'addressee' (member_states or international_bodies)");
            } else if (r.addressee() == Addressee.INTERNATIONAL_BODIES) {
                required(parsed, r, name, "addressee_reason", r.addresseeReason());
            } else if (r.addresseeReason() != null) {
                problems.add(parsed, r, name, "recommendation/bad-addressee", "'addressee_reason' is only for international_bodies");
            }
            qualifiers(parsed, r, name);
            out.add(r.inChapter(number));
        }
        return out;
    }

    /** A qualifier is the recommendation's own words ("as appropriate"), so a reservation under it rests on the text. */
    private void qualifiers(Parsed<?> parsed, Recommendation r, String name) {
        List<String> qualifiers = r.qualifiers() == null ? List.of() : r.qualifiers();
        if (!qualifiers.isEmpty() && r.addressee() != Addressee.MEMBER_STATES) {
            problems.add(parsed, r, name, "recommendation/bad-qualifier", "'qualifiers' are for member-state recommendations only");
        }
        if (r.scopeNote() != null && (r.addressee() != Addressee.MEMBER_STATES || r.scopeNote().isBlank())) {
            problems.add(parsed, r, name, "recommendation/bad-scope-note", "'scope_note' says which clauses of a member-state recommendation a State is assessed on");
        }
        String text = r.text() == null ? "" : r.text().replaceAll("\\s+", " ");
        Set<String> seen = new HashSet<>();
        for (String q : qualifiers) {
            if (q == null || q.isBlank()) {
                problems.add(parsed, r, name, "recommendation/bad-qualifier", "an empty qualifier");
            } else if (!text.contains(q.replaceAll("\\s+", " "))) {
                problems.add(parsed, r, name, "recommendation/bad-qualifier", "qualifier '" + q + "' is not a verbatim phrase of the text");
            } else if (!seen.add(q)) {
                problems.add(parsed, r, name, "recommendation/bad-qualifier", "qualifier '" + q + "' is listed twice");
            }
        }
    }

    void challenges(Parsed<ChallengesFile> parsed, List<Recommendation> recommendations) {
        Map<String, Recommendation> known = recommendations.stream()
                .collect(Collectors.toMap(Recommendation::id, r -> r, (a, b) -> a));
        List<Challenge> challenges = Problems.orEmpty(parsed.value().challenges());
        if (challenges.isEmpty()) {
            problems.add(parsed, parsed.value(), null, "catalogue/empty", "no challenges");
        }
        duplicates(parsed, challenges, Challenge::id, "challenge");
        Set<String> linked = new HashSet<>();
        for (Challenge c : challenges) {
            String name = c.id();
            if (required(parsed, c, name, "id", c.id()) && !CHALLENGE_ID.matcher(c.id()).matches()) {
                problems.add(parsed, c, name, "challenge/bad-id", "challenge id must look like C01");
            }
            required(parsed, c, name, "title", c.title());
            text(parsed, c, name, "text", c.text());
            required(parsed, c, name, "source", c.source());
            if (c.crossCutting() == null) {
                problems.add(parsed, c, name, "field/missing", "missing 'cross_cutting' (true or false)");
            }
            List<ChallengeLink> links = Problems.orEmpty(c.recommendations());
            if (links.isEmpty()) {
                problems.add(parsed, c, name, "challenge/no-recommendation", "no recommendations address this challenge");
            }
            duplicates(parsed, links, ChallengeLink::id, name + " link");
            for (ChallengeLink link : links) {
                String linkName = name + " -> " + link.id();
                if (required(parsed, link, linkName, "id", link.id()) && !known.containsKey(link.id())) {
                    problems.add(parsed, link, linkName, "challenge/unknown-recommendation", "links to unknown recommendation '" + link.id() + "'");
                }
                required(parsed, link, linkName, "reason", link.reason());
                if (required(parsed, link, linkName, "grade", link.grade()) && !ChallengeLink.DIRECT.equals(link.grade())
                        && !ChallengeLink.SUPPORTING.equals(link.grade())) {
                    problems.add(parsed, link, linkName, "challenge/bad-grade", "grade is 'direct' (its measures act on what the challenge names) or"
                            + " 'supporting' (they help by way of something else), not '" + link.grade() + "'");
                }
                linked.add(link.id());
            }
        }
        List<UnlinkedRecommendation> unlinked = Problems.orEmpty(parsed.value().unlinked());
        duplicates(parsed, unlinked, UnlinkedRecommendation::id, "unlinked");
        Set<String> declaredUnlinked = new HashSet<>();
        for (UnlinkedRecommendation u : unlinked) {
            String name = "unlinked " + u.id();
            if (required(parsed, u, name, "id", u.id()) && !known.containsKey(u.id())) {
                problems.add(parsed, u, name, "challenge/unknown-recommendation", "unknown recommendation '" + u.id() + "'");
            }
            required(parsed, u, name, "reason", u.reason());
            if (linked.contains(u.id())) {
                problems.add(parsed, u, name, "challenge/linked-and-unlinked", "is linked to a challenge and declared unlinked; keep one");
            }
            declaredUnlinked.add(u.id());
        }
        for (Recommendation r : recommendations) {
            if (r.forMemberStates() && !linked.contains(r.id()) && !declaredUnlinked.contains(r.id())) {
                problems.add(parsed, parsed.value(), r.id(),
                        "challenge/unlinked-recommendation", "member-state recommendation serves no challenge: link it or list it under 'unlinked' with the reason");
            }
        }
    }

    void regional(Parsed<RegionalFile> parsed, List<Recommendation> recommendations) {
        Set<String> known = recommendations.stream().map(Recommendation::id).collect(Collectors.toSet());
        RegionalFile file = parsed.value();
        required(parsed, file, null, "document", file.document());
        List<RegionalBody> bodies = Problems.orEmpty(file.bodies());
        duplicates(parsed, bodies, RegionalBody::id, "body");
        Set<String> bodyIds = new HashSet<>();
        for (RegionalBody b : bodies) {
            required(parsed, b, b.id(), "id", b.id());
            required(parsed, b, b.id(), "name", b.name());
            required(parsed, b, b.id(), "region", b.region());
            bodyIds.add(b.id());
        }
        List<RegionalRecommendation> items = Problems.orEmpty(file.recommendations());
        duplicates(parsed, items, RegionalRecommendation::id, "regional recommendation");
        for (RegionalRecommendation r : items) {
            String name = r.id();
            required(parsed, r, name, "id", r.id());
            if (required(parsed, r, name, "body", r.body()) && !bodyIds.contains(r.body())) {
                problems.add(parsed, r, name, "regional/unknown-body", "unknown body '" + r.body() + "'");
            }
            required(parsed, r, name, "topic", r.topic());
            required(parsed, r, name, "letter", r.letter());
            required(parsed, r, name, "source", r.source());
            text(parsed, r, name, "text", r.text());
            List<String> elaborates = Problems.orEmpty(r.elaborates());
            if (elaborates.isEmpty()) {
                problems.add(parsed, r, name, "regional/no-recommendation", "'elaborates' names no UNGASS recommendation");
            }
            elaborates.stream().filter(id -> !known.contains(id)).forEach(id ->
                    problems.add(parsed, r, name, "regional/unknown-recommendation", "elaborates unknown recommendation '" + id + "'"));
        }
    }

    void references(Parsed<ReferenceDocument> parsed) {
        ReferenceDocument doc = parsed.value();
        required(parsed, doc, null, "document", doc.document());
        required(parsed, doc, null, "title", doc.title());
        List<ReferenceEntry> entries = Problems.orEmpty(doc.entries());
        if (entries.isEmpty()) {
            problems.add(parsed, doc, null, "references/empty", "no entries");
        }
        duplicates(parsed, entries, ReferenceEntry::id, "entry");
        for (ReferenceEntry e : entries) {
            required(parsed, e, e.id(), "id", e.id());
            required(parsed, e, e.id(), "section", e.section());
            text(parsed, e, e.id(), "text", e.text());
        }
    }

    void throwIfAny() {
        problems.throwIfAny();
    }

    private boolean required(Parsed<?> parsed, Object entry, String name, String field, String value) {
        return problems.required(parsed, entry, name, field, value);
    }

    private void text(Parsed<?> parsed, Object entry, String name, String field, String value) {
        if (!required(parsed, entry, name, field, value)) {
            return;
        }
        ARTEFACTS.forEach((pattern, reason) -> {
            if (pattern.matcher(value).find()) {
                problems.add(parsed, entry, name, "text/artefact", field + " " + reason);
            }
        });
    }

    private <T> void duplicates(Parsed<?> parsed, List<T> items, java.util.function.Function<T, String> id, String kind) {
        problems.duplicates(parsed, items, id, kind);
    }

    private static int chapterOf(String file) {
        String digits = file.replaceAll(".*chapter-(\\d+)\\.yaml$", "$1");
        return digits.equals(file) ? 0 : Integer.parseInt(digits);
    }

    private static String tail(String text) {
        return text.length() <= 40 ? text : text.substring(text.length() - 40);
    }
}
