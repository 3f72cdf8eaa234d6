package dev.showpage.internal.generic;

import dev.showpage.internal.text.DateWords;
import dev.showpage.internal.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The show a news item's lead names as what returns, airs or is on a channel: "La Mesa torna questo
 * venerdì su Rai 1", "Harbour Nights Live returns on Channel 4", "Le Grand Débat revient ce soir
 * sur France 2". The name opens the lead, or follows an article inside its first sentence ("Dal 3
 * marzo il La Mesa Show va in onda su Radio 9"). A channel's name after the verb (a station's first
 * word, capitals, or a word and a number) tells a broadcast from a person's or a team's return; a
 * name of two capitalised words only is a person's as often ("Mara Quill torna su Rai 1"), and one
 * the page speaks of as of a person is never taken.
 */
final class LeadShowOnChannel {

    /** The page's first lines with text, where a news item prints its headline and lead. */
    private static final int FIRST_LINES = 6;

    /**
     * Verbs of a show's returning or airing in the seven languages, lower case, as a lead writes
     * them in the present: "returns", "airs", "revient", "läuft", "vuelve", "torna", "volta",
     * "keert terug".
     */
    private static final String VERBS =
            "returns|is back|airs|comes back|revient|est de retour|est diffusée?|reprend"
                    + "|läuft|startet|kehrt|ist zurück|vuelve|regresa|se emite|torna|ritorna"
                    + "|va in onda|volta|regressa|vai ao ar|é transmitido"
                    + "|keert terug|keert|is terug"
                    + "|komt terug|is te zien|wordt uitgezonden";

    /** Words before a channel's name: "on", "sur", "auf", "im", "su", "en", "na", "op". */
    private static final String ON_WORDS = "on|sur|auf|im|ins|bei|su|in|en|a|por|na|no|em|à|op|bij";

    /** A channel's name: a station's first word, capitals, or a word and a number. */
    private static final String CHANNEL =
            "(?:(?iu:radio|rádio|tv|canal|kanal|rai|rtl|rtp|rtve|bbc|npo|zdf|ard|ndr|wdr|orf"
                    + "|srf|nos|vrt|channel)(?!\\p{L})|\\p{Lu}{2,}\\d*(?!\\p{L})"
                    + "|\\p{Lu}\\p{L}+ \\d{1,3}(?!\\d))";

    /** The verb, a few words of the sentence, and the channel after its word. */
    private static final String ON_CHANNEL =
            "\\s+(?iu:"
                    + VERBS
                    + ")(?!\\p{L})[^.!?\\n]{0,60}?(?<!\\p{L})(?iu:"
                    + ON_WORDS
                    + ")\\s+(?<channel>"
                    + CHANNEL
                    + ")";

    /** A name opening the lead, its words any (it ends at the verb), then the verb and channel. */
    private static final Pattern AT_START =
            Pattern.compile("^([\\p{Lu}\\p{N}][^.!?:;,\\n]{0,60}?)" + ON_CHANNEL);

    /** An article inside the lead's first sentence, then a name of capitalised words only. */
    private static final Pattern AFTER_ARTICLE =
            Pattern.compile(
                    "^[^.!?\\n]{0,60}?(?<!\\p{L})(?:the|il|lo|la|le|el|o|der|die|das|de|het)\\s"
                            + "(\\p{Lu}[\\p{L}\\p{N}'\u2019&-]*"
                            + "(?: [\\p{Lu}\\p{N}][\\p{L}\\p{N}'\u2019&-]*){1,5})"
                            + ON_CHANNEL);

    private static final Pattern LOWER_WORD = Pattern.compile("(?:^| )\\p{Ll}");

    /**
     * Words a lead opens with that are no show's: prepositions of time and place and adverbs of
     * time in the seven languages ("From Monday", "Nach der Pause", "Dès ce soir", "Desde hoy", "Da
     * lunedì", "A partir de", "Vanaf vandaag"; "Tonight", "Heute", "Stasera", "Hoje"), lower case.
     * "Da lunedì torna su Rai 1 ..." tells when, not what. Not "on", which opens French titles ("On
     * parle de tout"): "On Monday" is refused by its weekday.
     */
    static final Pattern OPENER =
            Pattern.compile(
                    "(?iu)^(?:from|since|after|before|with|in|at|tonight|today|tomorrow|this|next"
                            + "|ab|seit|nach|vor|mit|im|am|heute|morgen|diese[nrms]?|nächste[nrms]?"
                            + "|dès|depuis|après|avant|avec|dans|ce|cette|demain|ce soir"
                            + "|desde|después|antes|con|en|esta|este|hoy|mañana|el próximo"
                            + "|da|dal|dalla|dallo|dai|dopo|prima|con|in|stasera|oggi|domani|questa"
                            + "|questo|stanotte|depois|antes|com|em|hoje|amanhã|esta noite"
                            + "|neste|nesta"
                            + "|vanaf|sinds|na|voor|met|vanavond|vandaag|morgen|deze)(?!\\p{L})");

    private LeadShowOnChannel() {}

    /** The show the page's lead names as returning or airing on a channel, else null. */
    static String find(List<String> texts) {
        int seen = 0;
        for (String text : texts) {
            if (text.isBlank()) {
                continue;
            }
            String name = onLead(text.strip());
            if (name != null) {
                return isPersonLike(name, texts) ? null : name;
            }
            if (++seen == FIRST_LINES) {
                return null;
            }
        }
        return null;
    }

    /**
     * The show a lead names before its verb and channel, else null: the lead's opening words, else
     * the capitalised name after an article ("Since March the X airs on ...").
     */
    static String onLead(String text) {
        String name = checked(AT_START.matcher(text));
        return name != null ? name : checked(AFTER_ARTICLE.matcher(text));
    }

    /** The name a shape's match gives when it may be a show's, else null. */
    private static String checked(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).strip();
        String channel = m.group("channel");
        if (DateWords.month(channel.split(" ")[0]) != 0
                || !ShortNames.isOne(name, ShowName.MAX_WORDS)
                || OPENER.matcher(name).find()
                || opensWithWhen(name)
                || ArticlePhrases.STATION.matcher(name).find() && name.split(" ").length <= 2
                || ArticlePhrases.KIND_OR_EPISODE_WORD
                        .matcher(name.toLowerCase(Locale.ROOT))
                        .matches()
                || ArticlePhrases.DATE_WORD.matcher(name).find()) {
            return null;
        }
        return name;
    }

    /** Whether the name's first or second word is a weekday or a month ("On Monday Harbour"). */
    private static boolean opensWithWhen(String name) {
        String[] words = name.split(" ");
        for (int i = 0; i < Math.min(2, words.length); i++) {
            if (DateWords.isWeekday(words[i]) || DateWords.month(words[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name may be a person's: capitalised words only, two of them or one, or ones the
     * page speaks of as of a person. A name with a word in lower case ("Oggi è un altro giorno") is
     * a title's.
     */
    private static boolean isPersonLike(String name, List<String> texts) {
        if (LOWER_WORD.matcher(name).find()) {
            return false;
        }
        return name.split(" ").length <= 2 || Names.isPersonIn(name, texts);
    }
}
