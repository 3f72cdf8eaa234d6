package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.isDash;
import static dev.showpage.internal.text.Names.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of show notes that name people who are not guests: credits ("Produced by X",
 * "Music: X", "Cover art by X"), thanks ("Special thanks to X", "Thanks again to X for ..."),
 * sponsors ("This episode is brought to you by X") and hosts ("Hosted by X", "Hosts X and Y").
 * Names in them are never taken for guests; the names a host sentence gives are the episode's
 * hosts. The words are {@link PersonWords}' credit words in the seven languages.
 */
public final class CreditLines {

    /**
     * Words a credit word may stand after at a sentence's start ("Special thanks", "Cover art").
     */
    private static final int CREDIT_WORD_REACH = 3;

    private CreditLines() {}

    /**
     * Which of the words stand in a sentence of credits, thanks or sponsors: from the sentence's
     * start when it opens with a credit ("Music: X"), else from a thanks word or a credit word
     * followed by "by" ("This episode was edited by X"), to the sentence's end.
     */
    public static boolean[] mask(List<String> words) {
        return mask(words, WordClasses.of(words));
    }

    /** See {@link #mask(List)}, for words whose {@link WordClasses} are known. */
    static boolean[] mask(List<String> words, int[] classes) {
        boolean[] masked = new boolean[words.size()];
        boolean on = false;
        for (int i = 0; i < words.size(); i++) {
            if (i == 0 || endsSentence(words.get(i - 1))) {
                on = startsCredit(words, i);
            }
            if (!on
                    && ((classes[i] & WordClasses.THANKS) != 0
                            || ((classes[i] & WordClasses.CREDIT) != 0 && creditBy(words, i)))) {
                on = true;
            }
            masked[i] = on;
        }
        return masked;
    }

    /**
     * Whether the text is a host line: it opens with a host word and names the hosts ("Hosted by
     * X", "Présenté par X", "Moderation: X"), as a show's header prints under its name.
     */
    public static boolean isHostLine(String text) {
        int space = text.indexOf(' ');
        return PersonWords.isHostWord(space < 0 ? text : text.substring(0, space))
                && !hostNames(text).isEmpty();
    }

    /**
     * The names that host sentences of the text give: "Hosted by X", "Hosts: X and Y", "Host X".
     */
    public static List<String> hostNames(String text) {
        return TextPrefilters.mayNameHosts(text) ? hostNamesIn(words(text)) : List.of();
    }

    /**
     * As {@link #hostNames(String)}, for a text whose {@link TextPrefilters#cues} hold {@link
     * TextPrefilters#NAMES_HOSTS}.
     */
    public static List<String> hostNamesIn(List<String> words) {
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!PersonWords.isHostWord(words.get(i))) {
                continue;
            }
            int at = i + 1;
            if (words.get(i).endsWith(":")) {
                at = i + 1;
            } else if (at < words.size() && PersonWords.isCreditLink(words.get(at))) {
                at++;
            } else if (at < words.size() && isDash(words.get(at))) {
                at++;
            } else if (i > 0 && !endsSentence(words.get(i - 1))) {
                continue; // "Hosts X" only at a sentence's start
            }
            while (at < words.size()) {
                Names.Span span = Names.personAt(words, at);
                int end = span == null ? Names.nameEnd(words, at) : span.to();
                if (end == at) {
                    break;
                }
                hosts.add(Names.join(words, span == null ? at : span.from(), end));
                if (end < words.size()
                        && isAnd(words.get(end))
                        && !endsSentence(words.get(end - 1))) {
                    at = end + 1;
                } else if (end < words.size() && words.get(end - 1).endsWith(",")) {
                    at = end;
                } else {
                    break;
                }
            }
        }
        return hosts;
    }

    /**
     * Whether the sentence that starts at {@code start} opens with a credit: a credit word among
     * its first words, followed by a colon, a dash, or "by"/"to" ("Executive Producer: X", "Special
     * thanks to X", "Music by X"), or a host word followed by a name ("Hosts X and Y").
     */
    /** Whether the line opens with a credit: "Musik: X", "Produced by X", "Cover art - X". */
    public static boolean isCreditLine(String text) {
        return TextPrefilters.mayCredit(text) && startsCredit(words(text), 0);
    }

    /**
     * The words that label an image's credit under a photo ("Crédits : NAME / AGENCY", "Photo: X /
     * Reuters", "Foto: X", "Bild: X", "Crédito: X", "Image credit: X", "Bildnachweis: X"), lower
     * case, in the seven languages; the little words that join them ("Crédit de la photo") stand in
     * {@link #PHOTO_CREDIT_JOINERS}.
     */
    private static final Vocabulary PHOTO_CREDIT_WORDS =
            Vocabulary.of(
                    "credit credits photo photos photograph photography picture pictures image"
                            + " images illustration illustrations cover header copyright source"
                            + " courtesy crédit crédits visuel"
                            + " foto fotos bild bilder bildnachweis bildquelle quelle titelbild"
                            + " fotografie crédito créditos fotografía imagen imágenes fuente"
                            + " credito crediti fotografia immagine immagini fonte"
                            + " imagem imagens beeld afbeelding fotograaf bron copertina portada"
                            + " capa couverture omslag");

    private static final Vocabulary PHOTO_CREDIT_JOINERS =
            Vocabulary.of("de du la le des of by di del della da do van");

    /** Words of a photo credit's label, before its colon, at most. */
    private static final int PHOTO_LABEL_MAX_WORDS = 3;

    /** Words of a photo credit's value (names, an agency), at most. */
    private static final int PHOTO_VALUE_MAX_WORDS = 12;

    /**
     * Whether the line is an image's credit: a label of {@link #PHOTO_CREDIT_WORDS} and its colon,
     * maybe after a list marker, over a few words ("• Crédits : NAME / AGENCY - Getty", "Photo: X /
     * Reuters", "Image credit: X"), or a line that opens with the copyright sign ("© X / Agency").
     * Such a line stands under a photo, never as a title.
     */
    public static boolean isPhotoCredit(String text) {
        int from = 0;
        while (from < text.length()
                && !Character.isLetterOrDigit(text.charAt(from))
                && text.charAt(from) != '\u00A9') {
            from++;
        }
        if (from < text.length() && text.charAt(from) == '\u00A9') {
            return from + 1 < text.length();
        }
        int colon = text.indexOf(':', from);
        if (colon < 0 || colon + 1 >= text.length()) {
            return false;
        }
        List<String> label = words(text.substring(from, colon));
        if (label.isEmpty() || label.size() > PHOTO_LABEL_MAX_WORDS) {
            return false;
        }
        boolean labelled = false;
        for (String word : label) {
            if (PHOTO_CREDIT_WORDS.containsCore(word)) {
                labelled = true;
            } else if (!PHOTO_CREDIT_JOINERS.containsCore(word)) {
                return false;
            }
        }
        int valueWords = words(text.substring(colon + 1)).size();
        return labelled && valueWords > 0 && valueWords <= PHOTO_VALUE_MAX_WORDS;
    }

    static boolean startsCredit(List<String> words, int start) {
        for (int k = start; k < words.size() && k < start + CREDIT_WORD_REACH; k++) {
            String w = words.get(k);
            if (PersonWords.isCreditWord(w)) {
                if (w.endsWith(":")) {
                    return true;
                }
                if (k + 1 < words.size()) {
                    String next = words.get(k + 1);
                    if (PersonWords.isCreditLink(next)
                            || isDash(next)
                            || next.equals(":")
                            || (k == start
                                    && PersonWords.isHostWord(w)
                                    && Names.isNameWord(next))) {
                        return true;
                    }
                }
            }
            if (endsSentenceOrClause(w)) {
                return false;
            }
        }
        return false;
    }

    private static boolean creditBy(List<String> words, int i) {
        return PersonWords.isCreditWord(words.get(i))
                && !Names.endsPhrase(words.get(i))
                && i + 1 < words.size()
                && PersonWords.isCreditLink(words.get(i + 1))
                && !core(words.get(i + 1)).equals("to")
                && !core(words.get(i + 1)).equals("a");
    }

    /** "thanks", "thank", "merci", "danke", "gracias", "grazie", "obrigado", "bedankt". */
    private static boolean isThanks(String raw) {
        return THANKS.containsCore(raw);
    }

    static final Vocabulary THANKS =
            Vocabulary.of(
                    "thanks thank merci danke gracias grazie obrigado obrigada bedankt"
                            + " remerciements agradecimientos ringraziamenti agradecimentos dank"
                            + " sponsored sponsorisé gesponsert patrocinado sponsorizzato"
                            + " gesponsord brought sponsor sponsors");

    private static boolean isAnd(String raw) {
        String w = raw.toLowerCase(java.util.Locale.ROOT);
        return w.equals("and")
                || w.equals("&")
                || w.equals("et")
                || w.equals("und")
                || w.equals("y")
                || w.equals("e")
                || w.equals("en");
    }

    /** A full stop, "!" or "?" after the word, which is no initial and no honorific. */
    static boolean endsSentence(String raw) {
        char last = raw.charAt(raw.length() - 1);
        if (last == '!' || last == '?') {
            return true;
        }
        return last == '.' && !PersonWords.isHonorific(raw) && Names.endsPhrase(raw);
    }

    private static boolean endsSentenceOrClause(String raw) {
        return endsSentence(raw) || raw.endsWith(",") || raw.endsWith(";");
    }
}
