package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The words that tell whose airing a sentence of airing names ({@link AiredSentenceDates}): the
 * page's own subject that opens it ({@code This episode}, {@code Cette émission}, {@code Diese
 * Folge}), and anywhere in it the words that make its day another than the page's edition: a repeat
 * or a first airing ({@code again}, {@code zum ersten Mal}), a future or a modal ({@code soll},
 * {@code va}, {@code scheduled}) and a run's start, end or rhythm ({@code since}, {@code à partir
 * du}, {@code weekly}). Each list is the seven languages' vocabulary, lower case.
 */
final class AiringSentenceWords {

    /**
     * A demonstrative and the page's noun in the seven languages, joined by a space: the subject of
     * a sentence about the page itself ("this interview", "cet entretien", "deze aflevering").
     */
    private static final Set<String> PAGE_SUBJECTS =
            Set.copyOf(
                    List.of(
                            "this episode",
                            "this interview",
                            "this edition",
                            "this programme",
                            "this program",
                            "this show",
                            "this conversation",
                            "cette émission",
                            "cet entretien",
                            "cet épisode",
                            "cette édition",
                            "cette interview",
                            "diese folge",
                            "diese sendung",
                            "diese episode",
                            "diese ausgabe",
                            "dieses interview",
                            "dieses gespräch",
                            "deze aflevering",
                            "deze uitzending",
                            "dit interview",
                            "dit gesprek",
                            "questa puntata",
                            "questa intervista",
                            "questo episodio",
                            "questa edizione",
                            "este episodio",
                            "este programa",
                            "esta entrevista",
                            "esta edición",
                            "este episódio",
                            "esta edição"));

    /**
     * The words of a repeat or of a first airing: the day they name is not the page's edition's
     * ("aired again on", "zum ersten Mal ausgestrahlt", "pour la première fois", "di nuovo").
     */
    private static final Set<String> REPEAT_OR_FIRST =
            Set.copyOf(
                    List.of(
                            "again",
                            "originally",
                            "first",
                            "previously",
                            "earlier",
                            "rebroadcast",
                            "repeat",
                            "rerun",
                            "nouveau",
                            "rediffusion",
                            "rediffusée",
                            "rediffusé",
                            "initialement",
                            "première",
                            "erneut",
                            "wieder",
                            "wiederholt",
                            "erstmals",
                            "ersten",
                            "ursprünglich",
                            "opnieuw",
                            "eerst",
                            "eerder",
                            "oorspronkelijk",
                            "nuovo",
                            "prima",
                            "replica",
                            "originariamente",
                            "nuevamente",
                            "primera",
                            "originalmente",
                            "novamente",
                            "primeira"));

    /**
     * The words of a future or of what may be: an airing to come ("soll ... ausgestrahlt werden",
     * "va être diffusé", "is scheduled to be aired").
     */
    private static final Set<String> FUTURE_OR_MODAL =
            Set.copyOf(
                    List.of(
                            "will",
                            "would",
                            "shall",
                            "be",
                            "set",
                            "scheduled",
                            "slated",
                            "next",
                            "upcoming",
                            "sera",
                            "seront",
                            "va",
                            "vont",
                            "doit",
                            "peut",
                            "pourra",
                            "devrait",
                            "prévue",
                            "prévu",
                            "wird",
                            "werden",
                            "soll",
                            "sollte",
                            "kann",
                            "zal",
                            "zullen",
                            "wordt",
                            "worden",
                            "moet",
                            "kan",
                            "será",
                            "serán",
                            "puede",
                            "debe",
                            "podrá",
                            "previsto",
                            "prevista",
                            "programado",
                            "programada",
                            "sarà",
                            "saranno",
                            "verrà",
                            "può",
                            "deve",
                            "potrà",
                            "programmata",
                            "programmato",
                            "vai",
                            "irá",
                            "pode",
                            "poderá"));

    /**
     * The words of a run's start, end or rhythm: the day they join is the run's, not an edition's
     * ("aired weekly from", "diffusée depuis le", "trasmesso dal", "seit dem", "tot").
     */
    private static final Set<String> RUN_WORDS =
            Set.copyOf(
                    List.of(
                            "from",
                            "since",
                            "until",
                            "till",
                            "through",
                            "weekly",
                            "daily",
                            "every",
                            "each",
                            "depuis",
                            "partir",
                            "chaque",
                            "hebdomadaire",
                            "seit",
                            "ab",
                            "bis",
                            "jeden",
                            "jede",
                            "wöchentlich",
                            "täglich",
                            "vanaf",
                            "sinds",
                            "tot",
                            "elke",
                            "wekelijks",
                            "desde",
                            "hasta",
                            "cada",
                            "semanal",
                            "dal",
                            "dalla",
                            "fino",
                            "ogni",
                            "settimanale",
                            "até"));

    /**
     * The words of "before" and "after" in the seven languages ("shortly after the March 3, 2024
     * floods", "juste après le 4 mars 2023"): a day they lead is another thing's, the airing only
     * near it. The Dutch "na" is left: it is the Portuguese "on the" ("exibido na Rádio X em").
     */
    private static final Set<String> BEFORE_OR_AFTER =
            Set.of(
                    "after", "before", "après", "avant", "nach", "vor", "después", "antes", "dopo",
                    "depois", "voor");

    /** The words after a first date that join it to a last day, wherever a range is read. */
    private static final Set<String> RANGE_WORDS =
            Set.of("au", "to", "bis", "tot", "al", "até", "-", "–", "—");

    /**
     * The word that joins a range's days in Spanish and Portuguese only where a second date follows
     * ("a 14 de abril"): it also leads an hour ("el 12 de abril de 2024 a las diez").
     */
    private static final String RANGE_WORD_BEFORE_A_DATE = "a";

    private AiringSentenceWords() {}

    /**
     * Whether the sentence opening at {@code at} opens with a demonstrative and the page's noun.
     */
    static boolean opensWithPage(SourceText source, int at) {
        return at + 1 < source.tokenCount()
                && source.token(at).getType() == EpisodePageLexer.WORD
                && source.token(at + 1).getType() == EpisodePageLexer.WORD
                && PAGE_SUBJECTS.contains(
                        (source.token(at).getText() + " " + source.token(at + 1).getText())
                                .toLowerCase(Locale.ROOT));
    }

    /** Whether a word of the sentence from {@code from} to {@code end} names another day. */
    static boolean namesOtherDay(SourceText source, int from, int end) {
        for (int at = from; at < end; at++) {
            Token token = source.token(at);
            if (token.getType() != EpisodePageLexer.WORD) {
                continue;
            }
            String word = token.getText().toLowerCase(Locale.ROOT);
            if (REPEAT_OR_FIRST.contains(word)
                    || FUTURE_OR_MODAL.contains(word)
                    || RUN_WORDS.contains(word)
                    || word.startsWith("jusqu")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is a word of "before" or "after" ("after", "après", "nach", "voor"). */
    static boolean isBeforeOrAfter(Token token) {
        return token.getType() == EpisodePageLexer.WORD
                && BEFORE_OR_AFTER.contains(token.getText().toLowerCase(Locale.ROOT));
    }

    /** Whether the word at {@code at}, just after a date, joins it to a last day. */
    static boolean opensRange(SourceText source, int at) {
        if (at >= source.tokenCount()) {
            return false;
        }
        String word = source.token(at).getText().trim().toLowerCase(Locale.ROOT);
        if (RANGE_WORDS.contains(word)) {
            return true;
        }
        if (!word.equals(RANGE_WORD_BEFORE_A_DATE) || at + 1 >= source.tokenCount()) {
            return false;
        }
        Token next = source.token(at + 1);
        if (LoneDates.isFullDate(next.getType())) {
            return true;
        }
        // a day of the month and the "de" that leads its month, read as one date or apart
        String text = next.getText().toLowerCase(Locale.ROOT);
        return !text.isEmpty()
                && Character.isDigit(text.charAt(0))
                && (text.contains(" de ")
                        || (at + 2 < source.tokenCount()
                                && source.token(at + 2).getText().equalsIgnoreCase("de")));
    }
}
