package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A list of recommended series whose entries each print a shared label under their title. */
class LabelledEntryListingTest {

    private static List<Optional<String>> titles(Page page) {
        return page.episodes().stream().map(Episode::title).toList();
    }

    @Test
    void aGenreLineUnderEachTitleMarksTheEntriesInSentenceCase() {
        Page page =
                EpisodePageParser.parse(
                        "Hören in der eigenen Sprache ist oft am schönsten, darum stehen hier die"
                                + " Reihen, die uns in diesem Jahr am meisten gefallen haben.\n\n"
                                + "Der lange Winter\n\n"
                                + "Deutsch – Geschichte\n\n"
                                + "Eine Reporterin fährt durch die Dörfer am Fluss und fragt die"
                                + " Alten, wie sie den kältesten Winter des Jahrhunderts erlebt"
                                + " haben.\n\n"
                                + "Stimmen aus dem Keller\n\n"
                                + "Deutsch – Kriminalfälle\n\n"
                                + "Jede Folge erzählt von einem Fall, den die Polizei nie ganz"
                                + " aufklären konnte, und von den Menschen, die ihn nicht"
                                + " vergessen.\n");

        assertThat(titles(page))
                .containsExactly(
                        Optional.of("Der lange Winter"), Optional.of("Stimmen aus dem Keller"));
    }

    @Test
    void labelLinesOpenedBySignsAndWordsMarkEvenACutOffLastEntry() {
        Page page =
                EpisodePageParser.parse(
                        "chosen by three editors of the newsletter\n"
                                + "The weight of rivers\n"
                                + "✏️ Format: essay\n"
                                + "🌍 Genre: nature\n"
                                + "🎧 Free on every app\n"
                                + "A geographer walks the length of a river from its spring to"
                                + " the sea and asks what it carries besides water and mud.\n"
                                + "Small hours at the bakery\n"
                                + "✏️ Format: documentary\n"
                                + "🌍 Genre: work\n"
                                + "🎧 Free on every app\n"
                                + "Night after night the microphone stays by the ovens while the"
                                + " bakers talk about their towns, their debts and their"
                                + " children.\n"
                                + "Ferries\n"
                                + "✏️ Format: reportage\n"
                                + "🌍 Gen\n");

        assertThat(titles(page))
                .containsExactly(
                        Optional.of("The weight of rivers"),
                        Optional.of("Small hours at the bakery"),
                        Optional.of("Ferries"));
    }

    @Test
    void anEmptyPlayerUnderEachHeadingMarksTheClips() {
        Page page =
                EpisodePageParser.parse(
                        "Una tarde en el mercado (y un café de pie)\n\n"
                                + "0:00 / 0:00\n\n"
                                + "Entre los puestos de fruta, la cocinera cuenta cómo aprendió el"
                                + " oficio de su abuela y por qué nunca quiso abrir un"
                                + " restaurante.\n\n"
                                + "La casa del puerto\n\n"
                                + "0:00 / 3:12\n\n"
                                + "El músico abre las puertas de su casa por primera vez y habla"
                                + " de los discos que grabó allí con sus amigos de siempre.\n");

        assertThat(titles(page))
                .containsExactly(
                        Optional.of("Una tarde en el mercado (y un café de pie)"),
                        Optional.of("La casa del puerto"));
    }

    @Test
    void aRelatedCardUnderAnEpisodeWithFooterLinesIsNoEntry() {
        Page page =
                EpisodePageParser.parse(
                        "Le sel de la terre\n\n"
                                + "Balado – Société\n\n"
                                + "Une agricultrice raconte comment elle a repris la ferme de ses"
                                + " parents et ce qu'elle a dû changer pour la garder.\n\n"
                                + "Les quais la nuit\n\n"
                                + "Balado – Société\n\n"
                                + "Mentions légales\n\n"
                                + "Contact\n\n"
                                + "Plan du site\n");

        assertThat(page.episodes()).hasSizeLessThan(2);
    }

    @Test
    void entriesWithoutParagraphsAreCardsNotAList() {
        Page page =
                EpisodePageParser.parse(
                        "A grande viagem\n\n"
                                + "Podcast – Viagens\n\n"
                                + "O mar de dentro\n\n"
                                + "Podcast – Viagens\n\n"
                                + "Vozes da serra\n\n"
                                + "Podcast – Viagens\n\n"
                                + "Um casal atravessa o país de bicicleta e conta, a cada etapa,"
                                + " quem encontrou pelo caminho e o que comeu.\n");

        assertThat(page.episodes()).hasSizeLessThan(2);
    }

    @Test
    void aLabelRepeatedUnderEachEntryIsNeverTakenForATitle() {
        Page page =
                EpisodePageParser.parse(
                        "Il faro\n"
                                + "📍 Luogo: Liguria\n"
                                + "⏱ Durata: breve\n"
                                + "La storia di un guardiano che per trent'anni ha acceso la"
                                + " lanterna ogni sera, anche quando nessuna nave passava più.\n"
                                + "La salina\n"
                                + "📍 Luogo: Sicilia\n"
                                + "⏱ Durata: lunga\n"
                                + "Le ultime famiglie che raccolgono il sale a mano parlano del"
                                + " vento, del sole e dei figli che sono partiti per la città.\n");

        assertThat(titles(page))
                .containsExactly(Optional.of("Il faro"), Optional.of("La salina"))
                .doesNotContain(Optional.of("📍 Luogo: Liguria"), Optional.of("📍 Luogo: Sicilia"));
    }

    @Test
    void aSpeakerWhoTalksOutsideTheSectionsOpeningsMarksNoEntries() {
        Page page =
                EpisodePageParser.parse(
                        "Der Umzug ins Dorf\n\n"
                            + "Moderatorin\n\n"
                            + "Wir sind heute zu Gast bei zwei Leuten, die vor drei Jahren alles"
                            + " verkauft haben und aufs Land gezogen sind.\n\n"
                            + "Gast\n\n"
                            + "Ja, das stimmt, und wir haben es bis heute keinen einzigen Tag"
                            + " bereut, auch wenn der Winter lang war.\n\n"
                            + "Was danach kam\n\n"
                            + "Moderatorin\n\n"
                            + "Und wie haben die Nachbarn reagiert, als ihr mit dem Laster voller"
                            + " Möbel vor dem alten Hof standet?\n\n"
                            + "Moderatorin\n\n"
                            + "Erzählt doch mal von dem ersten Abend im Wirtshaus, als alle wissen"
                            + " wollten, wer ihr seid und was ihr vorhabt.\n");

        assertThat(titles(page)).containsExactly(Optional.of("Der Umzug ins Dorf"));
    }

    @Test
    void anEntryUnderAnotherLabelLeavesTheListingToTheOtherRules() {
        Page page =
                EpisodePageParser.parse(
                        "Het wad bij eb\n\n"
                                + "Reportage\n\n"
                                + "Een wadloper neemt de luisteraar mee over de drooggevallen"
                                + " bodem en vertelt over de vogels die daar hun voedsel"
                                + " zoeken.\n\n"
                                + "De molen draait weer\n\n"
                                + "Reportage\n\n"
                                + "Na dertig jaar stilstand maalt de oude molen weer graan, dankzij"
                                + " een groep vrijwilligers uit het dorp en een jonge"
                                + " molenaar.\n\n"
                                + "Wie luidde de klok?\n\n"
                                + "Magazine\n\n"
                                + "Duikers vonden een scheepsklok in het zand, en niemand weet nog"
                                + " van welk schip die kwam of wie hem het laatst heeft"
                                + " geluid.\n");

        assertThat(titles(page))
                .containsExactly(
                        Optional.of("Het wad bij eb"),
                        Optional.of("De molen draait weer"),
                        Optional.of("Wie luidde de klok?"));
    }

    @Test
    void anEntryUnderAnotherLabelInEnglishIsAnEntryOfItsOwn() {
        Page page =
                EpisodePageParser.parse(
                        "The salt marsh at dusk\n\n"
                                + "Documentary\n\n"
                                + "A warden walks the marsh as the tide comes in and names the"
                                + " birds that arrive to feed before the light is gone.\n\n"
                                + "Bells under the sand\n\n"
                                + "Documentary\n\n"
                                + "Divers bring up a ship's bell from a wreck off the coast, and a"
                                + " historian tries to find out which ship it came from.\n\n"
                                + "Who keeps the lock?\n\n"
                                + "Interview\n\n"
                                + "The last lock keeper on the canal talks about forty years of"
                                + " barges, floods and the neighbours who came to help.\n");

        assertThat(titles(page))
                .containsExactly(
                        Optional.of("The salt marsh at dusk"),
                        Optional.of("Bells under the sand"),
                        Optional.of("Who keeps the lock?"));
    }

    @Test
    void openingIsTheTextBeforeTheFirstSeparator() {
        assertThat(LabelledEntryListing.opening("Nederlands – reizen")).isEqualTo("Nederlands");
        assertThat(LabelledEntryListing.opening("🍕 Genre: food")).isEqualTo("🍕 Genre");
        assertThat(LabelledEntryListing.opening("Ex-libris du mois"))
                .isEqualTo("Ex-libris du mois");
        assertThat(LabelledEntryListing.opening("News - Culture")).isEqualTo("News");
        assertThat(LabelledEntryListing.opening(": only a colon")).isEqualTo(": only a colon");
    }
}
