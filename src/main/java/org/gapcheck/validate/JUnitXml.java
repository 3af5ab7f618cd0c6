package org.gapcheck.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * The validation report as JUnit XML, which CI servers display: one test case per check and one
 * per fixture; an error finding is a failure of its case, warnings go to system-out.
 */
public final class JUnitXml {

    private JUnitXml() {
    }

    public static String render(ValidationReport report) {
        List<String> cases = new ArrayList<>();
        int failures = 0;
        for (String check : report.checks()) {
            List<ValidationFinding> mine = report.findings().stream().filter(f -> f.check().equals(check)
                    || (check.equals("verifier") && f.severity().equals(ValidationFinding.WARNING))).toList();
            boolean failed = mine.stream().anyMatch(ValidationFinding::error);
            failures += failed ? 1 : 0;
            cases.add(testCase("check", check, mine, failed));
        }
        for (ValidationReport.FixtureResult fixture : report.fixtures()) {
            List<ValidationFinding> mine = report.findings().stream()
                    .filter(f -> f.check().equals("fixtures") && f.file() != null
                            && (f.file().equals(fixture.file()) || f.file().equals(fixture.file().replace(".json", ".expected.yaml"))))
                    .toList();
            boolean failed = fixture.differences() > 0 || mine.stream().anyMatch(ValidationFinding::error);
            failures += failed ? 1 : 0;
            cases.add(testCase("fixture", fixture.file(), mine, failed));
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"gapcheck-validate\" tests=\"").append(cases.size()).append("\" failures=\"")
                .append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
        cases.forEach(xml::append);
        return xml.append("</testsuite>\n").toString();
    }

    private static String testCase(String classname, String name, List<ValidationFinding> findings, boolean failed) {
        StringBuilder xml = new StringBuilder("  <testcase classname=\"").append(escape(classname)).append("\" name=\"")
                .append(escape(name)).append("\"");
        if (findings.isEmpty()) {
            return xml.append("/>\n").toString();
        }
        xml.append(">\n");
        List<ValidationFinding> errors = findings.stream().filter(ValidationFinding::error).toList();
        if (failed) {
            xml.append("    <failure message=\"").append(escape(errors.size() + " error(s); first: " + (errors.isEmpty() ? "" : errors.get(0))))
                    .append("\">");
            errors.forEach(e -> xml.append(escape(e.toString())).append('\n'));
            xml.append("</failure>\n");
        }
        List<ValidationFinding> warnings = findings.stream().filter(f -> !f.error()).toList();
        if (!warnings.isEmpty()) {
            xml.append("    <system-out>");
            warnings.forEach(w -> xml.append(escape(w.toString())).append('\n'));
            xml.append("</system-out>\n");
        }
        return xml.append("  </testcase>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
