package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a line is the site's chrome (a button, a menu entry, a tab, a heading over the episode
 * list, an image's alternative text) rather than a title or a show's name: a short line made of the
 * words podcast sites print on their controls, with at least one such word that is not a little
 * word of the language ("Skip to main content", "Listen in podcast apps:", "Les plus récents",
 * "Alle Folgen", "Apple Podcasts Logo"), or a line with neither letters nor digits ("--:--").
 *
 * <p>The words are a vocabulary, not lines of any one page: the labels of the controls, menus and
 * headings of podcast directories, hosting platforms and players (Apple Podcasts, Spotify,
 * Goodpods, Castbox, Podbean, Buzzsprout, Transistor, Fireside, Anchor, Audiomeans, Ausha, iVoox,
 * Podigee), in the seven languages whose dates the parser reads, and the names of the podcast apps
 * that listen-on buttons print.
 */
final class SiteChrome {

    /** Words of a chrome line at most. */
    private static final int MAX_WORDS = 6;

    /**
     * The words of sites' controls, menus and headings; lower case. The adjective "latest" of a
     * heading over the newest episodes is listed in the forms each language inflects it in before a
     * plural ("Die neuesten Folgen", "Derniers épisodes", "Ultimi episodi").
     */
    private static final Set<String> CONTROL_WORDS =
            Set.of(
                    // English
                    "episodes",
                    "episode",
                    "latest",
                    "recent",
                    "newest",
                    "oldest",
                    "older",
                    "newer",
                    "description",
                    "notes",
                    "details",
                    "transcript",
                    "listen",
                    "play",
                    "pause",
                    "share",
                    "download",
                    "subscribe",
                    "subscribed",
                    "follow",
                    "more",
                    "less",
                    "read",
                    "view",
                    "load",
                    "about",
                    "host",
                    "hosts",
                    "featuring",
                    "podcast",
                    "podcasts",
                    "apps",
                    "app",
                    "artwork",
                    "cover",
                    "placeholder",
                    "image",
                    "logo",
                    "played",
                    "unplayed",
                    "skip",
                    "content",
                    "menu",
                    "search",
                    "sign",
                    "log",
                    "login",
                    "reverse",
                    "sort",
                    "queue",
                    "save",
                    "embed",
                    "copy",
                    "link",
                    "rss",
                    "feed",
                    "available",
                    "claim",
                    "ownership",
                    "website",
                    "rate",
                    "review",
                    "reviews",
                    "info",
                    "playing",
                    "currently",
                    "close",
                    "open",
                    "expand",
                    "collapse",
                    "episode's",
                    "edit",
                    "report",
                    "print",
                    // French
                    "épisodes",
                    "épisode",
                    "récents",
                    "derniers",
                    "dernières",
                    "récent",
                    "détails",
                    "écouter",
                    "partager",
                    "télécharger",
                    "abonner",
                    "s'abonner",
                    "suivre",
                    "accueil",
                    "propos",
                    "lire",
                    "suite",
                    "voir",
                    "transcription",
                    "lecture",
                    "rechercher",
                    "recherche",
                    "connexion",
                    // German
                    "folgen",
                    "folge",
                    "episoden",
                    "neueste",
                    "neuesten",
                    "neusten",
                    "aktuelle",
                    "aktuellen",
                    "beschreibung",
                    "anhören",
                    "hören",
                    "abspielen",
                    "teilen",
                    "herunterladen",
                    "abonnieren",
                    "mehr",
                    "startseite",
                    "transkript",
                    "shownotes",
                    "suche",
                    "suchen",
                    "anmelden",
                    "weitere",
                    "alle",
                    // Spanish
                    "episodios",
                    "episodio",
                    "recientes",
                    "últimos",
                    "descripción",
                    "detalles",
                    "escuchar",
                    "reproducir",
                    "compartir",
                    "descargar",
                    "suscribirse",
                    "seguir",
                    "inicio",
                    "acerca",
                    "transcripción",
                    "buscar",
                    "búsqueda",
                    // Italian
                    "episodi",
                    "ultimi",
                    "ultime",
                    "recenti",
                    "tutti",
                    "descrizione",
                    "dettagli",
                    "ascolta",
                    "riproduci",
                    "condividi",
                    "scarica",
                    "iscriviti",
                    "segui",
                    "trascrizione",
                    "cerca",
                    "accedi",
                    // Portuguese
                    "episódios",
                    "episódio",
                    "recentes",
                    "descrição",
                    "detalhes",
                    "ouvir",
                    "compartilhar",
                    "partilhar",
                    "baixar",
                    "assinar",
                    "início",
                    "sobre",
                    "transcrição",
                    "pesquisar",
                    "pesquisa",
                    // Dutch
                    "afleveringen",
                    "aflevering",
                    "nieuwste",
                    "laatste",
                    "recente",
                    "beschrijving",
                    "luisteren",
                    "luister",
                    "afspelen",
                    "delen",
                    "downloaden",
                    "abonneren",
                    "volgen",
                    "meer",
                    "zoeken",
                    "inloggen",
                    // The links that open the rest of a cut text ("Continue reading", "Lees
                    // verder", "Seguir leyendo", "Continua a leggere", "Continuar lendo"): the
                    // words of such a link not listed above, English's among them
                    "continue",
                    "reading",
                    "weiterlesen",
                    "lees",
                    "verder",
                    "leer",
                    "leyendo",
                    "continua",
                    "leggere",
                    "leggi",
                    "tutto",
                    "continuar",
                    "lendo",
                    "ler",
                    // Podcast apps, as listen-on buttons print them
                    "spotify",
                    "pocket",
                    "casts",
                    "castbox",
                    "overcast",
                    "stitcher",
                    "tunein",
                    "deezer",
                    "iheartradio",
                    "radiopublic",
                    "breaker",
                    "podbean",
                    "castro",
                    "podimo",
                    "youtube",
                    "audible");

    /**
     * The little words that join control words ("Skip to main content", "Tous les épisodes"); a
     * line of these alone is not chrome.
     */
    private static final Set<String> LITTLE_WORDS =
            Set.of(
                    "the", "a", "an", "to", "in", "on", "as", "this", "your", "our", "all", "of",
                    "at", "for", "and", "with", "les", "le", "la", "des", "du", "de", "à", "tous",
                    "plus", "cet", "ce", "ces", "der", "die", "das", "zur", "zum", "über", "diese",
                    "los", "las", "el", "más", "todos", "en", "gli", "il", "più", "i", "os", "mais",
                    "do", "da", "het", "een", "op", "over", "deze", "van");

    /**
     * Words of controls that are also words of titles ("Back Home", "The Next Episode", "Apple
     * Music"): chrome alone on a line ("Home", "Next") or beside a control word ("Apple Podcasts",
     * "Listen now"), but not among themselves.
     */
    private static final Set<String> SHARED_WORDS =
            Set.of(
                    "show",
                    "home",
                    "mark",
                    "next",
                    "previous",
                    "back",
                    // "back" in the other six languages: "Zurück zur Episode", "Retour aux
                    // épisodes"
                    "zurück",
                    "retour",
                    "volver",
                    "torna",
                    "voltar",
                    "terug",
                    "main",
                    "now",
                    "apple",
                    "music",
                    "google",
                    "amazon",
                    "maintenant",
                    "jetzt",
                    "ahora",
                    "ora",
                    "agora",
                    "nu",
                    // "later" of a "play later" button: "Later Afspelen", "Écouter plus tard"
                    "later",
                    "tard",
                    "später",
                    "después",
                    "dopo",
                    "depois");

    private SiteChrome() {}

    /** Whether {@code text}, a line's text with blanks collapsed, is the site's chrome. */
    static boolean isChrome(String text) {
        boolean lettersOrDigits = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                lettersOrDigits = true;
                break;
            }
        }
        if (!lettersOrDigits) {
            return !text.isEmpty();
        }
        String[] words = text.toLowerCase(Locale.ROOT).split(" ");
        if (words.length > MAX_WORDS) {
            return false;
        }
        if (SkipLinks.isOne(words)) {
            return true;
        }
        boolean control = false;
        for (String word : words) {
            String core = trimSigns(word);
            if (core.isEmpty()) {
                continue;
            }
            if (CONTROL_WORDS.contains(core)) {
                control = true;
            } else if (!LITTLE_WORDS.contains(core) && !SHARED_WORDS.contains(core)) {
                return false;
            }
        }
        return control || words.length == 1 && SHARED_WORDS.contains(trimSigns(words[0]));
    }

    /** The word without the signs around it ("content:", "(more)", "›"). */
    static String trimSigns(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
            to--;
        }
        String core = word.substring(from, to).replace('\u2019', '\'');
        // "l'épisode", "dell'episodio": the article elided before the word is not a word of its
        // own.
        int apostrophe = core.lastIndexOf('\'');
        return apostrophe > 0 && apostrophe <= 4 ? core.substring(apostrophe + 1) : core;
    }
}
