package dev.showpage.internal.generic;

import dev.showpage.internal.text.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A show's name opening a sentence, then a comma, a colon or a dash and an article with a word for
 * a programme: the apposition news sites and blogs print in every language to say what a name is
 * ("Harbour Nights, the podcast of the port authority, is back", "Quai Nord : un podcast pour
 * raconter le port", "Hafenfunk, der Podcast von Radio Nord", "Marea Alta, el programa que ...",
 * "Voci dal molo: un podcast per ...", "Conversa de Cais, o novo podcast da ...", "Havenpraat, de
 * podcast over ..."). The name has no quotes, so it is read only at a sentence's head, where
 * nothing before it can be mistaken for its first words; a name opening with a preposition or a
 * word of time ("Para Rita Lopes, o podcast ...", "Ab heute: der Podcast ..."), a station's, a
 * platform's and only a word for a programme are refused.
 */
final class ApposedShowName {

    /**
     * Nouns that make a word for a programme before them tell of a person or a business, not a show
     * ("Mara Quill, the podcast host, ...", "Tidecast, the podcast app, ..."): a person's role in
     * the seven languages and the nouns English and Dutch glue after "podcast", lower case.
     */
    private static final String NOT_THE_SHOW =
            "host|hosts|hostess|presenter|producer|creator|maker|star|moderator|moderatorin"
                    + "|macher|macherin|animateur|animatrice|présentateur|présentatrice"
                    + "|producteur|productrice|conductor|conductora|presentador|presentadora"
                    + "|productor|productora|presentatore|presentatrice|conduttore|conduttrice"
                    + "|apresentador|apresentadora|produtor|produtora|presentator|maakster"
                    + "|app|apps|platform|network|company|studio|agency|market|industry"
                    + "|festival|award|awards|chart|charts|series|episode|player";

    /**
     * A sentence's head (the line's start, or after a full stop, a question or an exclamation mark
     * and a space), a name of a few words without quotes, brackets or a sentence's end (but for a
     * question or an exclamation mark closing it: "Why Not?!"), then a comma or a colon, an
     * article, maybe an adjective ("new", "nuovo") and a word for a programme of its own, not
     * followed by a quoted name ("Title, the podcast ‘X’": the quote names the show). A dash is no
     * sign of it: "Title – a podcast by X" is a platform's template for an episode's title.
     */
    private static final Pattern APPOSED =
            Pattern.compile(
                    "(?:^|(?<=[.!?] ))([\\p{Lu}\\p{N}][^,:;.!?()\\[\\]\\n\"\u201C\u201D\u201E\u00AB"
                            + "\u00BB\u2018\u2019]{0,60}?[?!]{0,2}) ?[,:] (?iu:"
                            + ArticlePhrases.ARTICLES
                            + ") (?:\\p{Ll}{2,20} )?(?iu:"
                            + ArticlePhrases.KINDS
                            + ")(?![\\p{L}'\u2019-])(?! (?iu:"
                            + NOT_THE_SHOW
                            + ")(?!\\p{L}))(?! ?[\"\u201C\u201E\u00AB\u2018\u201A'])");

    /**
     * What follows a word for a programme when the line ends in its publisher: "by", "von", "de",
     * "di", "da", "do", "van" or "of" and a few words to the line's end ("Title: a podcast by
     * Harbour Media"), a platform's template for an episode's title as often as a show's headline.
     */
    private static final Pattern PUBLISHER_TO_END =
            Pattern.compile(
                    "(?iu)^ (?:by|von|vom|de|du|des|di|del|della|da|do|van|of) [^.!?:;]{1,60}$");

    /**
     * First words that make the words after them no name of their own: prepositions before a person
     * or a place ("Para Rita Lopes, o podcast ...", "According to Mara, the show ..."), in the
     * seven languages, lower case; words of time are {@link ArticlePhrases#TIME_OPENER}'s.
     */
    private static final Pattern PREPOSITION =
            Pattern.compile(
                    "(?iu)^(?:for|to|according|für|laut|zu|bei|pour|selon|chez|para|según"
                            + "|segundo|per|secondo|à|al|volgens|bij|von)"
                            + "(?!\\p{L})");

    /**
     * Words of a headline's label before its colon, in the seven languages, lower case: "new",
     * "now", "available", "listen", "exclusive" and the like ("Jetzt neu: der Podcast ...", "Ora
     * disponibile: il podcast ...", "Nu te beluisteren: de podcast ..."). A name at a headline's
     * head that holds one is the label's, not a show's.
     */
    private static final Pattern LABEL_WORD =
            Pattern.compile(
                    "(?iu)(?<!\\p{L})(?:new|now|available|listen|watch|exclusive|update|breaking"
                            + "|neu|jetzt|verfügbar|hören|exklusiv|nouveau|nouvelle|maintenant"
                            + "|disponible|écoutez|exclusif|nuevo|nueva|ahora|escucha"
                            + "|exclusiva|nuovo|nuova|ora|disponibile|ascolta|esclusiva|esclusivo"
                            + "|novo|nova|agora|disponível|ouça|exclusivo|nieuw|nu|beschikbaar"
                            + "|luister|exclusief)(?!\\p{L})");

    /** The most characters of a headline: a longer line is a paragraph. */
    private static final int HEADLINE_CHARS = 120;

    private ApposedShowName() {}

    /**
     * A name the shape gives, and whether it heads a headline: it opens a line short enough to be
     * one, where the name is what the item is about ("Voci dal molo: un podcast per ..."), holds no
     * word of a label's, and the line does not end in a publisher after the word.
     */
    record Apposed(String name, boolean headsHeadline) {}

    /**
     * The names the text gives in the shape, in order; none when it holds no word for a programme
     * ({@code cues} are {@link ArticlePhrases#cuesIn}'s).
     */
    static List<Apposed> in(String text, int cues) {
        if (!ArticlePhrases.holdsKind(cues)) {
            return List.of();
        }
        List<Apposed> names = new ArrayList<>();
        Matcher m = APPOSED.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            if (isName(name)) {
                boolean headline =
                        m.start() == 0
                                && text.length() <= HEADLINE_CHARS
                                && !LABEL_WORD.matcher(name).find()
                                && !PUBLISHER_TO_END.matcher(text.substring(m.end())).matches();
                names.add(new Apposed(name, headline));
            }
        }
        return names;
    }

    /**
     * Whether the page prints a one-word name inside a sentence, after a word and a space ("the
     * guests of Volume agree"), where only a name is capitalised: at a sentence's head a capital
     * marks an adverb as well ("Finally, the podcast ... / Finally we can ..."). A name of more
     * words needs no such proof.
     */
    static boolean isNamedInsideSentence(String name, List<String> texts) {
        if (name.indexOf(' ') >= 0) {
            return true;
        }
        for (String text : texts) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean wordBefore =
                        at >= 2
                                && text.charAt(at - 1) == ' '
                                && (Character.isLetterOrDigit(text.charAt(at - 2))
                                        || text.charAt(at - 2) == ',');
                if (wordBefore && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the words may be a show's name: a few words opening with a capital or a digit, not
     * only a word for a programme, nor opening with a preposition or a word of time, nor a
     * station's or a platform's name.
     */
    private static boolean isName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ShortNames.isOne(name, ShowName.MAX_WORDS)
                && !ArticlePhrases.KIND_OR_EPISODE_WORD.matcher(lower).matches()
                && !PREPOSITION.matcher(name).find()
                && !ArticlePhrases.TIME_OPENER.matcher(name).find()
                && !ArticlePhrases.STATION.matcher(name).find()
                && Platform.named(name).isEmpty();
    }
}
