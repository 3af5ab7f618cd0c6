package org.gapcheck.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapcheck.cli.Main;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summarize over a folder: JSON, CSV and HTML, with a broken file in the folder. */
class SummaryOutputsTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(args, new PrintWriter(out), new PrintWriter(err)), err.toString());
        return out.toString();
    }

    private Path folder() throws Exception {
        for (Path f : Fixtures.submissions()) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.writeString(dir.resolve("zz-broken.json"), "{\"country\": ");
        return dir;
    }

    @Test
    void jsonListsTheBrokenFileAndSummarisesTheRest() throws Exception {
        var json = Json.mapper().readTree(run("summarize", folder().toString()));
        int valid = Fixtures.submissions().size();
        assertEquals(valid + 1, json.get("submissions_read").asInt());
        assertEquals(valid, json.get("submissions_valid").asInt());
        assertEquals("zz-broken.json", json.get("invalid").get(0).get("file").asText());
        assertEquals(valid - 1, json.get("countries").size(), "every valid file, XAF's two years in one row");
        assertEquals(1, json.get("trend").get("countries").size());
    }

    @Test
    void csvHasOneTableColumn() throws Exception {
        String csv = run("summarize", folder().toString(), "--format", "csv");
        assertTrue(csv.startsWith("table,country,year"));
        for (String table : new String[] {"country_chapter", "country_challenge", "recommendation", "top_gap", "region_chapter", "invalid"}) {
            assertTrue(csv.contains("\n" + table + ","), table);
        }
    }

    @Test
    void htmlHasBothHeatmapsAndRegionalCharts() throws Exception {
        Document doc = Jsoup.parse(run("summarize", folder().toString(), "--format", "html"));
        int countries = Fixtures.submissions().size() - 1; // XAF reports two years
        assertEquals(countries, doc.select("#heat-chapters tbody tr").size());
        assertEquals(countries, doc.select("#heat-challenges tbody tr").size());
        assertEquals(7 * countries, doc.select("#heat-chapters td.cell").size());
        assertTrue(doc.select("div.region svg").size() >= 4);
        assertTrue(doc.select("script").isEmpty());
    }

    @Test
    void aFolderWithoutSubmissionsIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new String[] {"summarize", dir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertTrue(err.toString().contains("no submission"));
    }
}
