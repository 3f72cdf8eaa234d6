package dev.showpage.conformance;

import static dev.showpage.conformance.TwitterTextUrlsConformanceTest.cases;
import static dev.showpage.conformance.TwitterTextUrlsConformanceTest.line;
import static dev.showpage.conformance.TwitterTextUrlsConformanceTest.score;
import static dev.showpage.conformance.TwitterTextUrlsConformanceTest.strings;
import static dev.showpage.conformance.TwitterTextUrlsConformanceTest.urlsIn;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * twitter-text's top-level domain cases (conformance/tlds.yml): {@code https://twitter.<tld>} for
 * each country and generic domain of its 2020 list must be found as itself. With a scheme, any
 * well-formed top-level part is a host, so this checks the reading of international and punycode
 * domains, not our list of known domains. Skipped without {@code ../shared/peer}.
 */
class TwitterTextTldsConformanceTest {

    /** Measured 1574/1574 with the generic layout: every one must stay found. */
    private static final double FLOOR = 1.0;

    @Test
    void findsEveryTopLevelDomainAfterAScheme() {
        List<String> failures = new ArrayList<>();
        JsonNode cases = cases("twitter-text-tlds.json");
        for (JsonNode c : cases) {
            String text = c.get("text").asString();
            List<String> expected = strings(c.get("expected"));
            List<String> found = urlsIn(text);
            if (!found.equals(expected)) {
                failures.add(line(c.get("description").asString(), text, expected, found));
            }
        }
        score("twitter-text tlds", cases.size(), failures, FLOOR);
    }
}
