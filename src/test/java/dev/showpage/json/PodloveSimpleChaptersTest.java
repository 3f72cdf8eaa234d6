package dev.showpage.json;

import static dev.showpage.json.ChapterTestPages.chapter;
import static dev.showpage.json.ChapterTestPages.episode;
import static dev.showpage.json.DatabaseSchoolJsonTest.CARDS;
import static dev.showpage.json.DatabaseSchoolJsonTest.PAGE;
import static dev.showpage.json.DatabaseSchoolJsonTest.PRINTED_CHAPTERS;
import static dev.showpage.json.DatabaseSchoolJsonTest.pageChapters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.json.DatabaseSchoolJsonTest.Card;
import dev.showpage.json.DatabaseSchoolJsonTest.PageChapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * {@link PodloveSimpleChapters}: every document is parsed by the JDK's XML parser and held to the
 * shape of Podlove Simple Chapters 1.2: a {@code psc:chapters} root in the namespace {@code
 * http://podlove.org/simple-chapters} with {@code version="1.2"}, and only {@code psc:chapter}
 * children, each with a {@code start} in normal play time and a {@code title}.
 */
class PodloveSimpleChaptersTest {

    private static final String NAMESPACE = "http://podlove.org/simple-chapters";

    /** Normal play time as written: HH:MM:SS.mmm (hours may take more digits). */
    private static final Pattern START =
            Pattern.compile("(\\d{2,}):([0-5]\\d):([0-5]\\d)\\.(\\d{3})");

    /** A chapter as the document holds it. */
    record Psc(long startMillis, String title) {}

    /** The chapters of a document, after checking its shape. */
    static List<Psc> read(String xml) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document =
                    factory.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
        assertThat(document.getXmlEncoding()).isEqualTo("UTF-8");
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NAMESPACE);
        assertThat(root.getLocalName()).isEqualTo("chapters");
        assertThat(root.getPrefix()).isEqualTo("psc");
        assertThat(attributeNames(root)).containsExactlyInAnyOrder("version", "xmlns:psc");
        assertThat(root.getAttribute("version")).isEqualTo("1.2");
        List<Psc> chapters = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                assertThat(n.getTextContent()).as("text between chapters").isBlank();
                continue;
            }
            assertThat(n.getNodeType()).as("a child of psc:chapters").isEqualTo(Node.ELEMENT_NODE);
            Element chapter = (Element) n;
            assertThat(chapter.getNamespaceURI()).isEqualTo(NAMESPACE);
            assertThat(chapter.getLocalName()).isEqualTo("chapter");
            assertThat(chapter.hasChildNodes()).isFalse();
            assertThat(attributeNames(chapter)).containsExactly("start", "title");
            Matcher m = START.matcher(chapter.getAttribute("start"));
            assertThat(m.matches()).as("start %s", chapter.getAttribute("start")).isTrue();
            long millis =
                    ((Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2))) * 60
                                            + Long.parseLong(m.group(3)))
                                    * 1000
                            + Long.parseLong(m.group(4));
            chapters.add(new Psc(millis, chapter.getAttribute("title")));
        }
        for (int i = 1; i < chapters.size(); i++) {
            assertThat(chapters.get(i).startMillis())
                    .as("starts ascend")
                    .isGreaterThanOrEqualTo(chapters.get(i - 1).startMillis());
        }
        return chapters;
    }

    private static List<String> attributeNames(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            names.add(((Attr) attributes.item(i)).getName());
        }
        return names;
    }

    @Test
    void everyEpisodeOfTheExamplePage() throws IOException {
        Page page = EpisodePageParser.parse(PAGE);
        for (Card card : CARDS) {
            List<Psc> expected = new ArrayList<>();
            for (PageChapter printed : pageChapters(PRINTED_CHAPTERS.get(card.rank()))) {
                expected.add(new Psc(printed.startSeconds() * 1000, printed.title()));
            }
            ChapterFile file = PodloveSimpleChapters.toXml(page.episodes().get(card.rank() - 1));
            String as = "episode " + card.rank() + " (line " + card.line() + ")";
            assertThat(read(file.text())).as(as).isEqualTo(expected);
            assertThat(file.problems()).as(as).isEmpty();
        }
    }

    @Test
    void theDocumentOfAnEpisode() {
        // Lines 25-26 of the example page, and a last chapter with no end: PSC writes no ends.
        Episode episode =
                episode(
                        null,
                        chapter(0, 75, "Introduction"),
                        chapter(75, -1, "The Origins of Prisma: From GraphQL to ORM"));
        ChapterFile file = PodloveSimpleChapters.toXml(episode);

        assertThat(file.text())
                .isEqualTo(
                        """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">
                          <psc:chapter start="00:00:00.000" title="Introduction"/>
                          <psc:chapter start="00:01:15.000" title="The Origins of Prisma: From GraphQL to ORM"/>
                        </psc:chapters>
                        """);
        assertThat(file.problems()).isEmpty();
        assertThat(file.chapters()).isEqualTo(episode.chapters());
    }

    @Test
    void trickyTitlesComeBackFromTheXmlParserUnchanged() {
        Page page = EpisodePageParser.parse(ChapterTestPages.TRICKY);
        for (int e = 0; e < 2; e++) {
            List<Psc> expected = new ArrayList<>();
            for (ChapterTestPages.Expected c :
                    e == 0
                            ? ChapterTestPages.TRICKY_EPISODE_1
                            : ChapterTestPages.TRICKY_EPISODE_2) {
                expected.add(new Psc(c.startSeconds() * 1000, c.title()));
            }
            ChapterFile file = PodloveSimpleChapters.toXml(page.episodes().get(e));
            // Episode 2's last chapter (line 31) has no end, which PSC does not need.
            assertThat(read(file.text())).as("episode %d", e + 1).isEqualTo(expected);
            assertThat(file.problems()).isEmpty();
        }
    }

    @Test
    void tabsAndLineBreaksSurviveAttributeNormalisation() {
        Episode episode = episode(null, chapter(0, -1, "a\tb\nc\r\nd \"e\" <f> & 'g'"));

        assertThat(read(PodloveSimpleChapters.toXml(episode).text()))
                .containsExactly(new Psc(0, "a\tb\nc\r\nd \"e\" <f> & 'g'"));
    }

    @Test
    void charactersXmlCannotHoldAreReplacedAndReported() {
        Episode episode =
                episode(
                        Duration.ofMinutes(3),
                        chapter(0, 60, "Fine"),
                        chapter(60, -1, "Bell \u0007 \u001B \uFFFF \uDC00 end"));
        ChapterFile file = PodloveSimpleChapters.toXml(episode);

        assertThat(read(file.text()))
                .containsExactly(
                        new Psc(0, "Fine"),
                        new Psc(60_000, "Bell \uFFFD \uFFFD \uFFFD \uFFFD end"));
        assertThat(file.problems()).extracting(ChapterFile.Problem::chapter).containsExactly(2);
        assertThat(file.problems().get(0).message())
                .contains("has 4 characters in its title that XML cannot carry");
    }

    @Test
    void anEpisodeWithoutChaptersIsAnEmptyList() {
        ChapterFile file = PodloveSimpleChapters.toXml(episode(Duration.ofMinutes(5)));

        assertThat(read(file.text())).isEmpty();
        assertThat(file.isEmpty()).isTrue();
        assertThat(file.problems()).isEmpty();
    }
}
