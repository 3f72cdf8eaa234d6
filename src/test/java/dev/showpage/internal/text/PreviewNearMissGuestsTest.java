package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Preview sentences that list or announce people near a guest word or a verb of coming, in made-up
 * one-episode pages of the seven languages, none of whom is a guest of the episode: an event's
 * guests, another edition's, a show's guests over the years, a presenter in a list, hosts and bands
 * taking part, another show's or another day's guest, a work presented elsewhere.
 */
class PreviewNearMissGuestsTest {

    /** The guests of a one-episode page whose notes are {@code notes}. */
    private static List<String> guests(String notes) {
        String page =
                "The Night Ferry Hour\n\nSpring Special\nMarch 3, 2024 • 48 min\n\n" + notes + "\n";
        return EpisodePageParser.parse(page).episodes().stream()
                .map(Episode::people)
                .flatMap(List::stream)
                .filter(p -> p.role() == Role.GUEST)
                .map(Person::name)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // an event's guests, named after the list
                "Tonight's guests include Mara Quill and Tom Reed, says the festival programme.",
                "Gli ospiti della puntata di stasera sono Lia Marchetti e Tom Reed, al concerto"
                        + " di Natale.",
                // an event's guests, with a time word and no word of the show
                "Heute Abend beginnt das Jazzfestival in Moers. Zu Gast sind Lea Brandt, Jonas"
                        + " Weber und Greta Holm.",
                "Das Festival startet heute. Zu Gast sind unter anderem Lea Brandt und Jonas"
                        + " Weber.",
                "The book fair opens today in Leeds. Festival guests include Mara Quill and Tom"
                        + " Reed.",
                "The conference opens tonight. Guests include Mara Quill and Tom Reed.",
                "Le festival ouvre ses portes ce soir. Parmi les invités, on note Paul Morel et"
                        + " Anne Viret.",
                "El festival empieza hoy. Entre los invitados están Lucía Ferro y Pablo Ruiz.",
                // "parmi eux" after a sentence of an event or a venue
                "Le festival accueillera une dizaine d'artistes. Parmi eux, Luc Bardin, Marie"
                        + " Chauvet ou encore Hugo Lenoir.",
                "Le Zénith accueille samedi trois groupes. Parmi eux, Luc Bardin et Marie Chauvet.",
                // the next edition's guests
                "Demain soir, les invités seront Paul Morel et Anne Viret.",
                "Lors du prochain numéro de l'émission, les invités seront Paul Morel et Anne"
                        + " Viret.",
                // a show's guests over the years
                "In every episode we talk about maps. Regular guests include Mara Quill and Tom"
                        + " Reed.",
                "In this episode we talk about maps. Notable guests include Mara Quill and Tom"
                        + " Reed.",
                "Dans chaque épisode, les invités sont souvent Paul Morel et Anne Viret.",
            })
    void noGuestFromAListOfAnEventAnotherEditionOrTheYears(String notes) {
        assertThat(guests(notes)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Heute: Lea Brandt im Gespräch. Morgen Abend in der Sendung: Zu Gast sind Jonas"
                        + " Weber und Greta Holm.",
            })
    void noGuestFromTheNextEditionBesideThisOnes(String notes) {
        assertThat(guests(notes)).containsExactly("Lea Brandt");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Aan tafel zitten vanavond presentator Sanne de Wit, Joris Bakker en Eva Smit.",
            })
    void noPresenterFromAList(String notes) {
        assertThat(guests(notes)).doesNotContain("Sanne de Wit");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // hosts, people mentioned, bands, channels and works taking part
                "Comme chaque semaine, Paul Morel sera de la partie pour animer le débat.",
                "Paul Morel sera de la partie, comme toujours, aux commandes de l'émission.",
                "Anne Viret, co-animatrice, sera aussi de la partie.",
                "Paul Morel anime la soirée. Anne Viret sera également de la partie aux côtés de"
                        + " Paul Morel.",
                "Le chanteur Luc Bardin sera de la partie samedi au festival de Cannes.",
                "« Luc Bardin sera de la partie », a promis Paul Morel.",
                "Le groupe Harbour Lights sera de la partie.",
                "Canal Plus sera de la partie pour diffuser le match.",
                "Le film de Luc Bardin sera de la partie au festival.",
                // another show's, another place's or another day's guest
                "Luc Bardin sera l'invité de la matinale de France Inter demain.",
                "Luc Bardin sera l'invité de l'émission la semaine prochaine.",
                "Marco Sala sarà ospite del festival della letteratura a Mantova.",
                "Mara Quill will be the guest speaker at the annual conference in Leeds.",
                "Mara Quill will be the guest of the mayor at the gala.",
                "Joris Bakker zal de gast zijn van het festival.",
                "Luc Bardin passera sur le grill de RTL demain matin.",
                "Lucía Ferro pasará por el plató de Telecinco la próxima semana.",
                "Marco Sala passerà in studio la settimana prossima.",
                "Lea Brandt kommt heute ins Studio von Radio Bremen.",
                // a work presented elsewhere
                "Luc Bardin viendra présenter son film au festival de Cannes.",
                "Luc Bardin viendra présenter son nouvel album en concert le 12 mars à l'Olympia.",
                "Luc Bardin viendra présenter son livre samedi à la librairie du centre.",
            })
    void noGuestFromSomeoneComingElsewhereOrTakingPartAsHost(String notes) {
        assertThat(guests(notes)).isEmpty();
    }
}
