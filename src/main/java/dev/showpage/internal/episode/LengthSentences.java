package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Durations;
import dev.showpage.internal.text.ValueLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The length of a page read as one episode that no line labels, from a sentence of its own that
 * says how long the recording lasts: {@code The recording lasts 12 minutes.}, {@code Die Aufnahme
 * dauert 12 Minuten.}, {@code La registrazione ha una durata di 10 minuti.}
 *
 * <p>The sentence opens its line with what it is the length of, one of the nouns {@link
 * ValueLabels#isProgrammeNoun} knows (so that a walk, a ride or a cooking time that "takes 25
 * minutes" is no length), then a verb of lasting or a length's label, and the amount closes the
 * line. A page with two such sentences, or an amount of a day or more, gives none.
 */
public final class LengthSentences {

    /** How many words a subject may take: an article, the noun, and one word more ("video"). */
    private static final int SUBJECT_WORDS = 3;

    /**
     * The verbs that say how long something lasts, in the seven languages, third person: English
     * {@code lasts}, {@code runs}, French {@code dure}, German {@code dauert}, Spanish, Italian and
     * Portuguese {@code dura}, Dutch {@code duurt}.
     */
    private static final Set<String> LASTS =
            Set.of("lasts", "runs", "dure", "dauert", "dura", "duurt");

    /**
     * The words of "has a length of" before a length's label: English {@code has a}, French {@code
     * a une}, German {@code hat eine}, Spanish {@code tiene una}, Italian {@code ha una},
     * Portuguese {@code tem uma}, Dutch {@code heeft een}, and the "of" after it.
     */
    private static final Set<String> HAS_A =
            Set.of(
                    "has", "a", "une", "hat", "eine", "tiene", "una", "ha", "tem", "uma", "heeft",
                    "een");

    private static final Set<String> OF = Set.of("of", "de", "von", "di", "van", "d'une");

    private static final long DAY = 24 * 60 * 60;

    private LengthSentences() {}

    /** The amounts of the page's one length sentence ("1 hour 5 minutes" is two), or none. */
    public static List<Token> of(SourceText source) {
        List<Token> found = List.of();
        int lineStart = 0;
        for (int i = 0, n = source.tokenCount(); i < n; i++) {
            Token token = source.token(i);
            if (token.getType() == EpisodePageLexer.NL) {
                lineStart = i + 1;
            } else if (token.getType() == EpisodePageLexer.QUANTITY) {
                int last = i;
                while (source.token(last + 1).getType() == EpisodePageLexer.QUANTITY) {
                    last++;
                }
                if (closesLine(source, last) && saysLength(source, lineStart, i)) {
                    if (!found.isEmpty()) {
                        return List.of(); // two lengths said: which is the episode's is not told
                    }
                    found = new ArrayList<>();
                    for (int k = i; k <= last; k++) {
                        found.add(source.token(k));
                    }
                }
                i = last;
            }
        }
        long seconds = 0;
        for (Token amount : found) {
            seconds += Math.max(0, Durations.seconds(amount.getText()));
        }
        return seconds > 0 && seconds < DAY ? found : List.of();
    }

    private static boolean closesLine(SourceText source, int at) {
        Token next = source.token(at + 1);
        if (next.getType() == EpisodePageLexer.STOP && next.getText().equals(".")) {
            next = source.token(at + 2);
        }
        return next.getType() == EpisodePageLexer.NL || next.getType() == Token.EOF;
    }

    /** A subject that names the programme, then "lasts" or "has a length of", then the amount. */
    static boolean saysLength(SourceText source, int lineStart, int amount) {
        int verb = amount - 1;
        if (verb <= lineStart) {
            return false;
        }
        if (!LASTS.contains(lower(source, verb))) {
            if (OF.contains(lower(source, verb))) {
                verb--;
            }
            if (verb <= lineStart || source.token(verb).getType() != EpisodePageLexer.LENGTH) {
                return false;
            }
            for (int words = 0; words < 2 && verb - 1 > lineStart; words++) {
                if (!HAS_A.contains(lower(source, verb - 1))) {
                    break;
                }
                verb--;
            }
        }
        int subject = verb - lineStart;
        if (subject < 1 || subject > SUBJECT_WORDS) {
            return false;
        }
        for (int i = lineStart; i < verb; i++) {
            String word = source.token(i).getText();
            if (ValueLabels.isProgrammeNoun(word) || ValueLabels.isElidedProgramme(word)) {
                return i <= lineStart + 1; // the noun opens the line, or follows its article
            }
        }
        return false;
    }

    private static String lower(SourceText source, int at) {
        return source.token(at).getText().toLowerCase(Locale.ROOT);
    }
}
