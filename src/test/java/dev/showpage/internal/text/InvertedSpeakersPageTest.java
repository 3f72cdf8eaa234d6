package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verb of telling before the one who tells, read through the whole parser on small made-up
 * pages: the guests it gives, and the near-misses in each language that give none from it (an
 * author or a quoted person taken up without the listener's pronoun, people in the news after an
 * adverb, English prose, the show's hosts, staff, correspondents and listeners, a sponsor, a
 * fictional figure, a first name run into a noun, a later edition, a channel, a host who speaks or
 * opens today's show where another is the guest, a reporter speaking from a place).
 */
class InvertedSpeakersPageTest {

    private static List<String> guests(String prose) {
        String page = "Harbour Talk\n\nEpisode 12\n\n" + prose + "\n";
        return EpisodePageParser.parse(page).episodes().stream()
                .flatMap(e -> e.people().stream())
                .filter(p -> p.role() == Role.GUEST)
                .map(Person::name)
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "In dieser Folge erzählt Dr. Tilman Ostrow, was Bienen im Winter tun.|Tilman"
                        + " Ostrow",
                "In der neuen Folge geht es um Häfen. Außerdem erklärt Wiebke Sandmann aus dem"
                        + " Hafenamt, wie man Schiffe lotst.|Wiebke Sandmann",
                "Come si restaura un affresco? Ce lo racconta Giada Montefusco.|Giada Montefusco",
                // "aus", "uit" before an article of a body open what is told
                "Heute erzählt Jorit Hammes aus der Werft, wie ein Kutter entsteht.|Jorit Hammes",
                "In deze aflevering vertelt Sanne Kloosterboer uit het ziekenhuis over haar"
                        + " werk.|Sanne Kloosterboer",
            })
    void theOneWhoTellsIsTheGuest(String prose, String guest) {
        assertThat(guests(prose)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // an author or a quoted person, taken up without the listener's pronoun
                "Das beschreibt Thomas Mann in den Buddenbrooks sehr genau.",
                "„Wir schaffen das.“ Das erklärt Angela Merkel im Sommer 2015 vor der Presse.",
                "Dat vertelt Mark Rutte in zijn toespraak aan de Kamer.",
                "C'est ce que raconte Victor Hugo dans Les Misérables.",
                "C'est ce que décrit Émile Zola dans Germinal, paru en 1885.",
                "Es lo que describe Gabriel García Márquez en su novela más famosa.",
                "È quello che racconta Primo Levi in Se questo è un uomo.",
                "Isso explica Fernando Pessoa no Livro do Desassossego.",
                // people in the news after an adverb or a bare "today"
                "Die Preise steigen weiter. Außerdem erklärt Gesundheitsminister Karl Lauterbach"
                        + " die neuen Regeln für Kliniken.",
                "Además, explica Pedro Sánchez en su discurso la nueva ley.",
                "Inoltre racconta Giada Montefusco nel suo libro la vita in montagna.",
                "Aujourd'hui parle Emmanuel Macron devant le Congrès.",
                // English prose with a first person
                "In this episode we describe Ada Lovelace, the first programmer, and her machine.",
                // the show's host, staff, correspondent, listener
                "In dieser Folge erzählt Lea Brandt, unsere Moderatorin, von ihrem Umzug nach"
                        + " Kiel.",
                "Heute erzählt Co-Moderatorin Lea Brandt von ihrem Urlaub.",
                "Heute erklärt unser Wetterexperte Tom Lind, warum es regnet.",
                "Außerdem berichtet ARD-Korrespondentin Anna Schmidt aus Washington.",
                // a reporter speaking from a bare place
                "Heute berichtet Mara Quill aus Washington über die Wahl.",
                "Heute berichtet uns Mara Quill aus Kiew.",
                "In deze aflevering vertelt Joost Verhaeghe uit Brussel over de top.",
                "Heute erzählt Hörerin Anna Schmidt von ihrem Urlaub in Italien.",
                // a sponsor, a relative run into a noun, a fictional figure
                "Heute erklärt Ihnen Lea Brandt von der Sparkasse, wie man spart.",
                "In dieser Folge erzählt Opa Heinz Geschichten vom Krieg.",
                "Heute erzählt Kommissar Kurt Wallander einen neuen Fall.",
                // a later edition, a channel
                "Das erzählt uns Lea Brandt in der nächsten Folge.",
                "Heute erklärt Radio Nordwind Kultur die Woche.",
                // "cuenta" without the listener's pronoun means "has"
                "Hoy cuenta Alba Quintero, la bióloga, con un barco nuevo.",
            })
    void noGuestFromTheNearMisses(String prose) {
        assertThat(guests(prose)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the one who speaks where another is named the guest is the host
                "Heute spricht Lea Brandt über Bienen. Zu Gast ist Tom Lind, Imker.|Tom Lind",
                // after "today" alone any verb may be the host's
                "Heute erklärt Lea Brandt, wie Bienen überwintern. Zu Gast ist Tom Reed.|Tom Reed",
                "Vandaag vertelt Femke Dijkgraaf hoe je een dijk bouwt. Te gast is Ruud"
                        + " Kleinveld.|Ruud Kleinveld",
            })
    void theSpeakerBesideANamedGuestIsNoGuest(String prose, String guest) {
        assertThat(guests(prose)).containsExactly(guest);
    }
}
