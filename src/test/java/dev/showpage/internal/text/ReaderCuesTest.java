package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.text.Names.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readers {@link GuestIntroductions} runs only on a text that holds their cue's class: a reader
 * that finds someone in a text finds them only where the text holds its cue, so that the text it is
 * not run on is one it would find no one in.
 */
class ReaderCuesTest {

    /** A reader of guests in a text's words. */
    private interface Reader {
        void find(List<String> words, boolean[] credit, List<Mention> found);
    }

    /** Each gated reader, by the classes that let a text through to it. */
    private static final Map<Reader, Integer> READERS = new LinkedHashMap<>();

    static {
        READERS.put(WelcomePhrases::find, WordClasses.WELCOMING);
        READERS.put(JoyfulWelcomes::find, WordClasses.WELCOMING);
        READERS.put(EpisodeOpeners::find, WordClasses.OPENING);
        READERS.put(InvertedSpeakers::find, WordClasses.SPEAKING);
        READERS.put(HostReceives::find, WordClasses.RECEIVES);
        READERS.put(InvitedPhrases::find, WordClasses.INVITING);
        READERS.put(GuestAppositions::find, WordClasses.GUESTS | WordClasses.GUEST_HEADING);
        READERS.put(GuestListSentences::find, WordClasses.GUESTS);
        READERS.put(
                (words, credit, found) ->
                        SubjectPhrases.subjects(words, WordClasses.of(words), credit, false, found),
                WordClasses.SUBJECT);
        READERS.put(
                (words, credit, found) ->
                        SubjectPhrases.subjects(words, WordClasses.of(words), credit, true, found),
                WordClasses.SUBJECT);
    }

    /** Texts each reader finds someone in, in the languages they read, and some near-misses. */
    static Stream<String> rows() {
        return Stream.of(
                "Welcome, Mara Quill!",
                "Mara Quill, welcome to the show.",
                "Bem-vinda, Ana Lima, ao programa.",
                "WILLKOMMEN, Lea Brandt.",
                "This week I am delighted to welcome Ingrid Solberg to the show.",
                "We're so thrilled to welcome back Tomas Lindqvist, author of Salt Roads.",
                "Je suis ravie d'accueillir la romancière Odile Marchal cette semaine.",
                "Je suis ravie D’ACCUEILLIR Odile Marchal.",
                "Hoy estoy encantada de recibir a Lucía Ferrán en el estudio.",
                "Oggi sono felice di ospitare Marco Pellegrini, chef.",
                "Estou muito feliz em receber Teresa Almada neste episódio.",
                "Meet Mara Quill.",
                "Conozca a Lucía Ferrán.",
                "In this episode, Mara Quill explains how bread rises.",
                "In questa puntata, Marco Sala racconta il suo viaggio.",
                "Dans cet épisode, Claire Dubois raconte son enfance.",
                "In dieser Folge erzählt Dr. Tilman Ostrow, was Bienen im Winter tun.",
                "Heute erklärt die Archäologin Wiebke Sandmann, warum Scherben zählen.",
                "Wer räumt nachts die Bahnhöfe auf? Das erzählt uns Konrad Elsholz.",
                "In deze aflevering vertelt Femke Dijkgraaf hoe je een dijk bouwt.",
                "En este episodio nos cuenta Mara Quill su historia.",
                "Ontem, a apresentadora Marta recebeu Duarte Fonseca, professor e músico.",
                "La presentadora Ana recibe a Mateo Varela en el estudio.",
                "Dans cette émission, Julie reçoit Hélène Marceau.",
                "Presentator Sanne ontvangt Joris Bakker in de studio.",
                "Heute haben wir Lea Brandt und Jonas Weber eingeladen.",
                "Vandaag heb ik Joris Bakker uit Delft uitgenodigd.",
                "Ingrid Solberg, our guest this week, keeps bees on a roof.",
                "Ana Lima, nossa convidada, é engenheira.",
                "Lea Brandt, unser Studiogast, ist Historikerin.",
                "Sanne de Wit, de tafelgast van vandaag, schreef een boek.",
                "Marco Pellegrini, il nostro ospite, è chef.",
                "Zu Gast in der Sendung sind heute Lea Brandt, Jonas Weber und Greta Holm.",
                "Die heutigen Gäste sind Lea Brandt und Jonas Weber.",
                "Gli ospiti di stasera sono Marco Sala e la scrittrice Giulia Conti.",
                "Aan tafel zitten in deze aflevering Sanne de Wit, Joris Bakker en Eva Smit.",
                "Tonight's guests include the novelist Mara Quill and Tom Reed.",
                "Os convidados do programa de hoje são Ana Lima, que lançou um livro, e Rui Paz.",
                // a name as the subject of its phrase, in prose and in titles
                "Mara Quill joins us to talk about bread.",
                "Mara Quill, author of Salt and Iron, joins me.",
                "MARA QUILL JOINS US",
                "Mara Quill returns to the show.",
                "Mara Quill is back on the podcast.",
                "Mara Quill is our guest this week.",
                "Claire Dubois est l'invitée de l'émission.",
                "Marco Sala è l’ospite di stasera.",
                "Tom Reed stops by the studio.",
                "Tom Reed sits down with us.",
                "Mara Quill will be in the studio.",
                "Mara Quill will come and talk to us.",
                "Claire Dubois viendra nous parler de son livre.",
                "Lucía Pérez estará en el estudio.",
                "Mara Quill nous rejoint pour parler de pain.",
                "Clara Roy m’accompagne aujourd’hui.",
                "Lucía Pérez me acompaña en el estudio.",
                "Lucía Pérez está con nosotros hoy.",
                "Ana Lima acompanha-nos hoje.",
                "Lea Brandt im Gespräch über Bienen.",
                "Jonas Weber kehrt in die Sendung zurück.",
                "Sanne de Vries keert terug in de podcast.",
                "Rui Paz volta ao programa.",
                "Paolo Neri torna nel podcast.",
                "The historian Mara Quill tells us about salt.",
                "Os programadores Ana Lobo e Rui Paz mostram-nos o código.",
                "Ontem a periodista Inês Calder nos conta a viagem.",
                "la periodista Inés Calder nos cuenta su viaje.",
                "Die Forscherin Greta Hansen erzählt uns von Eis.",
                "Ben Stone and Aaron Reed discuss databases.",
                "Lena Falk and I discuss tide tables.",
                "KLM discusses Routes",
                "Mara Quill explains the tides",
                // near-misses and odd characters: no cue, no one found
                "Mara Quill joined the company in 2020.",
                "Live Harbour Reports with Tidewater Signal",
                "Why Saltbox is Racing with Harbourline & The Big Ferry Lines",
                "Ｍara Ｑuill joins​us — Ǆemal İnce ﬁnds ΣΟΦΙΑ.",
                "Mara Quill, the baker, keeps bees.",
                "Wilkommen Mara Quill",
                "In this epsiode, Mara Quill explains.",
                "Heute erzählte Mara Quill nichts.",
                "«Mara Quill» — ￼ \u212Aelvin İstanbul ǅemal, 2024.",
                "Guest: Mara Quill",
                "");
    }

    @ParameterizedTest
    @MethodSource("rows")
    void aReaderFindsSomeoneOnlyWhereTheTextHoldsItsCue(String text) {
        List<String> words = Names.words(text);
        int held = 0;
        for (int c : WordClasses.of(words)) {
            held |= c;
        }
        for (Map.Entry<Reader, Integer> reader : READERS.entrySet()) {
            List<Mention> found = new ArrayList<>();
            reader.getKey().find(words, new boolean[words.size()], found);
            if (!found.isEmpty()) {
                assertThat(held & reader.getValue()).as(text + " " + found).isNotZero();
            }
        }
    }

    /** The rows are read by every gated reader, so that each gate is tested. */
    @Test
    void eachReaderFindsSomeoneInTheRows() {
        for (Map.Entry<Reader, Integer> reader : READERS.entrySet()) {
            boolean any =
                    rows().anyMatch(
                                    text -> {
                                        List<String> words = Names.words(text);
                                        List<Mention> found = new ArrayList<>();
                                        reader.getKey()
                                                .find(words, new boolean[words.size()], found);
                                        return !found.isEmpty();
                                    });
            assertThat(any).as("cue " + Integer.toHexString(reader.getValue())).isTrue();
        }
    }

    /** The cue words the readers ask for, each with the bit that lets its text through. */
    private static final Map<Predicate<String>, Integer> CUES = new LinkedHashMap<>();

    static {
        CUES.put(PersonWords::isWelcomeWord, WordClasses.WELCOMING);
        CUES.put(JoyfulWelcomes::isWelcomeVerb, WordClasses.WELCOMING);
        CUES.put(EpisodeOpeners.MEET_WORDS::containsCore, WordClasses.OPENING);
        CUES.put(PersonWords::isConversationNoun, WordClasses.OPENING);
        CUES.put(InvertedSpeakerWords.VERB_WORDS::containsCore, WordClasses.SPEAKING);
        CUES.put(HostReceives.RECEIVE_THIRD_PERSON::containsCore, WordClasses.RECEIVES);
        CUES.put(InvitedPhrases.HAVE_FIRST_PERSON::containsCore, WordClasses.INVITING);
        CUES.put(Vocabulary.of(GuestListSentences.WORDS)::containsCore, WordClasses.GUESTS);
        CUES.put(Vocabulary.of(GuestAppositions.WORDS)::containsCore, WordClasses.GUESTS);
        for (Vocabulary v : SubjectPhrases.CUES) {
            CUES.put(v::containsCore, WordClasses.SUBJECT);
            // "l'invitée", "all’ospite", "m'accompagne": the cue past an elision
            CUES.put(raw -> v.containsCore(ArrivalPhrases.afterElision(raw)), WordClasses.SUBJECT);
        }
    }

    /** Every cue word, dressed as prose dresses words. */
    static Stream<String> dressedCues() {
        List<Vocabulary> vocabularies =
                List.of(
                        PersonWords.WELCOME_WORDS,
                        JoyfulWelcomes.WELCOME_INFINITIVES,
                        EpisodeOpeners.MEET_WORDS,
                        PersonWords.CONVERSATION_NOUNS,
                        InvertedSpeakerWords.VERB_WORDS,
                        HostReceives.RECEIVE_THIRD_PERSON,
                        InvitedPhrases.HAVE_FIRST_PERSON,
                        Vocabulary.of(GuestListSentences.WORDS),
                        Vocabulary.of(GuestAppositions.WORDS));
        vocabularies = new ArrayList<>(vocabularies);
        vocabularies.addAll(SubjectPhrases.CUES);
        List<String> dressed =
                DressedWords.of(
                        vocabularies, List.of("d'", "l'", "all'", "m’"), List.of("D’", "L'"));
        return dressed.stream();
    }

    @ParameterizedTest
    @MethodSource("dressedCues")
    void aCueWordCarriesItsBit(String raw) {
        int classes = WordClasses.of(raw);
        CUES.forEach(
                (question, bit) -> {
                    if (question.test(raw)) {
                        assertThat(classes & bit).as(raw).isNotZero();
                    }
                });
    }
}
