package org.gapcheck.catalogue;

import java.util.List;
import java.util.Objects;

/** The catalogue as a readable Markdown document, in the order of the outcome document. */
public final class CatalogueMarkdown {

    private CatalogueMarkdown() {
    }

    public static String render(Catalogue catalogue) {
        StringBuilder md = new StringBuilder();
        var pack = catalogue.pack();
        md.append("# ").append(pack.title()).append("\n\n");
        md.append("Rule pack `").append(pack.name()).append("` version ").append(pack.version())
                .append(", effective ").append(pack.effectiveDate()).append(".\n\n");
        md.append("Sources:\n\n");
        pack.sources().forEach(s -> md.append("- ").append(s.id()).append(": ").append(s.title()).append('\n'));

        md.append("\n## Operational recommendations of the 2016 outcome document\n");
        for (Chapter chapter : catalogue.chapters()) {
            md.append("\n### Chapter ").append(chapter.number()).append(". ").append(chapter.title()).append("\n\n");
            md.append("> ").append(chapter.chapeau()).append("\n");
            String subheading = null;
            for (Recommendation r : catalogue.inChapter(chapter.number())) {
                if (!Objects.equals(subheading, r.subheading())) {
                    subheading = r.subheading();
                    md.append("\n#### ").append(subheading).append("\n");
                }
                md.append("\n**").append(r.id()).append("** ").append(r.text()).append("\n");
                if (!r.forMemberStates()) {
                    md.append("\n*Not assessed for a Member State:* ").append(r.addresseeReason()).append("\n");
                }
                List<Catalogue.ChallengeRef> challenges = catalogue.challengesOf(r.id());
                if (!challenges.isEmpty()) {
                    md.append("\n2019 challenges: ").append(String.join(", ",
                            challenges.stream().map(c -> c.id() + " " + c.title()).toList())).append(".\n");
                }
            }
        }

        md.append("\n## Challenges of the 2019 Ministerial Declaration\n");
        for (Challenge c : catalogue.challenges()) {
            md.append("\n### ").append(c.id()).append(". ").append(c.title())
                    .append(Boolean.TRUE.equals(c.crossCutting()) ? " (cross-cutting)" : "").append("\n\n");
            md.append("> ").append(c.text()).append("\n\n");
            if (c.discussed() != null) {
                md.append("Discussed: ").append(c.discussed()).append("\n\n");
            }
            md.append("| recommendation | why it addresses the challenge |\n| --- | --- |\n");
            c.recommendations().forEach(l -> md.append("| ").append(l.id()).append(" | ")
                    .append(cell(l.reason())).append(" |\n"));
        }
        if (!catalogue.unlinked().isEmpty()) {
            md.append("\n### Recommendations that serve no single challenge\n\n| recommendation | why |\n| --- | --- |\n");
            catalogue.unlinked().forEach(u -> md.append("| ").append(u.id()).append(" | ").append(cell(u.reason())).append(" |\n"));
        }

        RegionalFile regional = catalogue.regional();
        md.append("\n## Recommendations of the subsidiary bodies, 2017\n\nSource: ").append(regional.document()).append(".\n");
        for (RegionalBody body : regional.bodies()) {
            md.append("\n### ").append(body.name()).append("\n");
            String topic = null;
            for (RegionalRecommendation r : regional.recommendations()) {
                if (!r.body().equals(body.id())) {
                    continue;
                }
                if (!Objects.equals(topic, r.topic())) {
                    topic = r.topic();
                    md.append("\n#### ").append(topic).append("\n");
                }
                md.append("\n**(").append(r.letter()).append(")** ").append(r.text())
                        .append(" *Elaborates ").append(String.join(", ", r.elaborates())).append(".*\n");
            }
        }

        md.append("\n## Earlier commitments cited by reports\n");
        for (ReferenceDocument doc : catalogue.references()) {
            md.append("\n### ").append(doc.title()).append(" (").append(doc.document()).append(")\n");
            String section = null;
            for (ReferenceEntry e : doc.entries()) {
                if (!Objects.equals(section, e.section())) {
                    section = e.section();
                    md.append("\n#### ").append(section).append("\n");
                }
                md.append("\n**").append(e.id()).append("** ").append(e.text()).append("\n");
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
