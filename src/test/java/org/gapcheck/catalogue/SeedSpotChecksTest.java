package org.gapcheck.catalogue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gapcheck.core.RulePackLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Catalogue texts read against the outcome document (seed 002, A/RES/S-30/1 annex) by hand:
 * how each begins and ends, and for paragraphs split across a page break, the words on both
 * sides of the break, joined.
 */
class SeedSpotChecksTest {

    private static final Catalogue CATALOGUE = RulePackLoader.load(null).catalogue();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        1(a) | Take effective and practical primary prevention measures that protect people | primary prevention | by ensuring equal access to education and vocational training;
        1(m) | Promote the inclusion in national drug policies | opioid receptor antagonists such as naloxone | to reduce drug-related mortality;
        1(q) | Intensify, as appropriate, the meaningful participation of and support | encourage efforts by civil society and the private sector | in a balanced and inclusive manner;
        2(b) | Strengthen, as appropriate, the proper functioning of national control systems | national control systems | upon request, to developing countries;
        3(i) | Strengthen regional, subregional and international cooperation in criminal matters | criminal matters | targeted technical assistance to requesting countries;
        3(o) | Continue to foster international cooperation by implementing the provisions against money-laundering | all relevant international and multilateral instruments, such as the 1988 Convention | the Financial Action Task Force Recommendations on money-laundering;
        3(u) | Improve the availability and quality of statistical information and analysis | statistical information | effectiveness of criminal justice responses in that regard.
        4(i) | Ensure that measures to prevent the illicit cultivation of and to eradicate plants | in accordance with the three international drug control conventions, and also take into account | the United Nations Declaration on the Rights of Indigenous Peoples;
        5(w) | Encourage the Commission on Narcotic Drugs, in cooperation with relevant United Nations | Commission on Narcotic Drugs | strengthening international and interagency cooperation;
        5(x) | Promote exchange of information to better understand the extent of adverse impacts | economic and safety impacts, of drug trafficking in small quantities | effective responses to counter microtrafficking;
        6(a) | Strengthen specialized, targeted, effective and sustainable technical assistance | technical assistance | justice and law enforcement aspects of the world drug problem;
        7(f) | Strengthen regional and international cooperation to support sustainable alternative development programmes | Guiding Principles on Alternative Development, taking into account all the lessons learned | held in Thailand from 19 to 24 November 2015;
        7(l) | Promote partnerships and innovative cooperation initiatives with the private sector | private sector | expertise and skills in this regard.
        """)
    void textMatchesTheDocument(String id, String start, String middle, String end) {
        String text = CATALOGUE.recommendation(id).orElseThrow().text();
        assertTrue(text.startsWith(start), id + " starts: " + text.substring(0, Math.min(80, text.length())));
        assertTrue(text.contains(middle), id + " lacks: " + middle);
        assertTrue(text.endsWith(end), id + " ends: " + text.substring(Math.max(0, text.length() - 80)));
    }
}
