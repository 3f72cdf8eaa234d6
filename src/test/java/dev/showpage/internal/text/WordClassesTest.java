package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A word's class bit says what the lookup it stands for says: the readers that test bits read the
 * same words as the ones that asked the vocabularies, for any case, punctuation and elision.
 */
class WordClassesTest {

    /** Each exact bit and the question it answers. */
    private static final Map<Integer, Predicate<String>> QUESTIONS = new LinkedHashMap<>();

    static {
        QUESTIONS.put(WordClasses.WITH, PersonWords::isWithWord);
        QUESTIONS.put(WordClasses.TO, w -> Vocabulary.coreIs(w, "to"));
        QUESTIONS.put(WordClasses.DOWN, w -> Vocabulary.coreIs(w, "down"));
        QUESTIONS.put(WordClasses.BY, w -> Vocabulary.coreIs(w, "by"));
        QUESTIONS.put(WordClasses.JOINING, w -> Vocabulary.coreIs(w, "joining"));
        QUESTIONS.put(WordClasses.IS, w -> Vocabulary.coreIs(w, "is"));
        QUESTIONS.put(WordClasses.BE, w -> Vocabulary.coreIs(w, "be"));
        QUESTIONS.put(WordClasses.TALK_VERB, GuestIntroductions.TALK_VERBS::containsCore);
        QUESTIONS.put(WordClasses.FIRST_PERSON, PersonWords::isFirstPerson);
        QUESTIONS.put(WordClasses.THIRD_PERSON, IntroducingVerbs::isThirdPerson);
        QUESTIONS.put(WordClasses.LISTENER, IntroducingVerbs::isListenerPronoun);
        QUESTIONS.put(WordClasses.GUEST_HEADING, PersonWords::isGuestHeadingWord);
        QUESTIONS.put(WordClasses.INTERVIEW_VERB, IntroducingVerbs::isInterviewVerb);
        QUESTIONS.put(WordClasses.NAMING_VERB, IntroducingVerbs::isNamingVerb);
        QUESTIONS.put(WordClasses.INTRODUCE_VERB, IntroducingVerbs::isIntroduceVerb);
        QUESTIONS.put(WordClasses.MEET_VERB, IntroducingVerbs.MEET_VERBS::containsCore);
        QUESTIONS.put(WordClasses.HONORIFIC, PersonWords::isHonorific);
        QUESTIONS.put(WordClasses.CREDIT, PersonWords::isCreditWord);
        QUESTIONS.put(WordClasses.CREDIT_LINK, PersonWords::isCreditLink);
        QUESTIONS.put(WordClasses.THANKS, CreditLines.THANKS::containsCore);
        QUESTIONS.put(WordClasses.HAVE, HavePhrases.HAVE_VERBS::containsCore);
        QUESTIONS.put(WordClasses.WHEN, HavePhrases.WHEN_WORDS::containsCore);
        QUESTIONS.put(
                WordClasses.LATER,
                w ->
                        LaterEpisodes.NEXT_WORDS.containsCore(w)
                                || LaterEpisodes.LATER_UNITS.containsCore(w));
    }

    /** Every word of the vocabularies behind the bits, dressed as prose dresses words. */
    static Stream<String> dressedWords() {
        List<Vocabulary> vocabularies =
                new ArrayList<>(
                        List.of(
                                PersonWords.WITH_WORDS,
                                PersonWords.FIRST_PERSON,
                                IntroducingVerbs.THIRD_PERSON,
                                IntroducingVerbs.LISTENER_PRONOUNS,
                                PersonWords.GUEST_HEADING_WORDS,
                                IntroducingVerbs.INTERVIEW_VERBS,
                                IntroducingVerbs.NAMING_VERBS,
                                IntroducingVerbs.INTRODUCE_VERBS,
                                IntroducingVerbs.MEET_VERBS,
                                PersonWords.HONORIFICS,
                                PersonWords.CREDIT_WORDS,
                                PersonWords.CREDIT_LINKS,
                                CreditLines.THANKS,
                                LaterEpisodes.NEXT_WORDS,
                                LaterEpisodes.LATER_UNITS,
                                GuestIntroductions.TALK_VERBS,
                                ClosingPhrases.STARTS,
                                HavePhrases.HAVE_VERBS,
                                HavePhrases.WHEN_WORDS));
        vocabularies.addAll(LeadInPhrases.STARTS);
        vocabularies.addAll(CompanionPhrases.STARTS);
        List<String> dressed =
                DressedWords.of(vocabularies, List.of("j'", "m'", "qu'"), List.of("l’"));
        dressed.addAll(List.of("w/", "W/", "(w/", "w", "to-", "TO!", "\u212Aeynote", "İs", ""));
        return dressed.stream().filter(w -> !w.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("dressedWords")
    void eachBitAnswersAsItsVocabularyDoes(String raw) {
        int classes = WordClasses.of(raw);
        QUESTIONS.forEach(
                (bit, question) ->
                        assertThat((classes & bit) != 0)
                                .as(raw + " bit " + Integer.numberOfTrailingZeros(bit))
                                .isEqualTo(question.test(raw)));
    }

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 10).mapToObj(Arguments::of);
    }

    /** Seeded random words of the letters of short vocabulary words, in mixed case. */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomWordsAnswerAsTheVocabulariesDo(int seed) {
        Random random = new Random(seed);
        String alphabet = "tobyisewhmcnTOBYISEWHMCNéÉ'’/.,-\u212A";
        for (int n = 0; n < 3_000; n++) {
            StringBuilder raw = new StringBuilder();
            int length = 1 + random.nextInt(5);
            for (int i = 0; i < length; i++) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String word = raw.toString();
            int classes = WordClasses.of(word);
            QUESTIONS.forEach(
                    (bit, question) ->
                            assertThat((classes & bit) != 0)
                                    .as(word + " bit " + Integer.numberOfTrailingZeros(bit))
                                    .isEqualTo(question.test(word)));
        }
    }

    /** The words the phrase readers stand on carry their gate's bit, in any dress. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Together",
                "insieme",
                "hear",
                "Écouter",
                "from",
                "of",
                "van", // lead-in
            })
    void leadInWordsPassTheirGate(String raw) {
        assertThat(WordClasses.of(raw) & WordClasses.LEAD_IN).isNotZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "acompaña",
                "m'accompagne",
                "M’accompagnent",
                "acompanham-nos",
                "ricevo",
                "Begrüße",
                "reçois",
                "accueille",
                "está",
                "c'è",
                "conmigo",
                "welcome,"
            })
    void companionWordsPassTheirGate(String raw) {
        assertThat(WordClasses.of(raw) & WordClasses.COMPANION).isNotZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gast", "gast.", "aan", "AAN!"})
    void closingWordsPassTheirGate(String raw) {
        assertThat(WordClasses.of(raw) & WordClasses.CLOSING).isNotZero();
    }

    /** Near-misses: words that stand in no phrase have no class at all. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "lighthouse",
                "Harbour",
                "gastenboek",
                "aanbod",
                "fromage",
                "tow",
                "wither",
                "bye",
                "interviewer",
                "isten",
                "nosotrasx",
                "2024",
                "—",
                "acompañante",
                "ma'am"
            })
    void wordsOfNoPhraseHaveNoClass(String raw) {
        assertThat(WordClasses.of(raw)).as(raw).isZero();
    }

    @Test
    void classesOfATextAreThoseOfItsWordsInOrder() {
        List<String> words = Names.words("Ce soir je vous présente Léa Fontaine, invitée du jour");
        int[] classes = WordClasses.of(words);
        assertThat(classes).hasSize(words.size());
        for (int i = 0; i < classes.length; i++) {
            assertThat(classes[i]).isEqualTo(WordClasses.of(words.get(i)));
        }
        assertThat(classes[3] & WordClasses.LISTENER).isNotZero();
        assertThat(classes[4] & WordClasses.INTRODUCE_VERB).isNotZero();
        assertThat(classes[5]).isZero();
        assertThat(classes[7] & WordClasses.GUEST_HEADING).isNotZero();
    }
}
