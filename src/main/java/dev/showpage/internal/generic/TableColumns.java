package dev.showpage.internal.generic;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a column of a table holds, by the words its header cell prints: the column names TV and
 * podcast databases, broadcasters' archives and wikis give their episode lists, in English, French,
 * German, Spanish, Italian, Portuguese and Dutch, and the names of the columns that tell a table of
 * something else. A header not named here is not read.
 *
 * <p>Only two kinds of column say a table lists episodes: the episode's number under a word for
 * "episode" ({@link #EPISODE}), or the day it was first broadcast ({@link #AIRDATE}). A plain date
 * ("Date", "Datum", "Data", "Fecha") or a release date ("Published", "Released") beside a name is
 * as likely a concert schedule, a holiday list, a match day or a book list; a plain number ("Nr.",
 * "No.") heads a squad or a chart as often as an episode list; "Episodes" (a count) heads a season
 * overview. Those columns are read in an episode table, but never make one.
 */
enum TableColumns {
    /** The episode's number under a word for "episode". */
    EPISODE,
    /** Some other running number. */
    NUMBER,
    /** The day an episode was first broadcast. */
    AIRDATE,
    /** A date that may be any day: of a release, a concert, a match. */
    DATE,
    TITLE,
    LENGTH,
    GUEST,
    /** A clock time into a recording or a day: a chapter table or a schedule, no episode list. */
    TIME;

    private static final Map<String, TableColumns> NAMES = new HashMap<>();

    static {
        name(
                EPISODE,
                "#",
                "ep",
                "episode",
                "folge",
                "aflevering",
                "afl",
                "épisode",
                "episodio",
                "episódio",
                "puntata");
        name(
                NUMBER, "no", "nr", "n°", "nº", "num", "number", "número", "numéro", "nummer",
                "numero");
        name(
                AIRDATE,
                "airdate",
                "air date",
                "aired",
                "original air date",
                "first aired",
                "ausstrahlung",
                "erstausstrahlung",
                "sendedatum",
                "uitzenddatum",
                "date de diffusion",
                "diffusion",
                "fecha de emisión",
                "emisión",
                "messa in onda",
                "data di messa in onda",
                "data de exibição",
                "data de emissão",
                "emissão");
        // "Data" is the word for a date in Italian and Portuguese only; an English "Data" column
        // holds other things, which then do not fit a date column and end the table.
        name(
                DATE,
                "date",
                "datum",
                "fecha",
                "data",
                "released",
                "release date",
                "published",
                "publié",
                "veröffentlicht",
                "gepubliceerd",
                "publicado",
                "pubblicato");
        name(
                TITLE,
                "title",
                "episode title",
                "name",
                "titel",
                "naam",
                "titre",
                "nom",
                "título",
                "titolo",
                "folgentitel",
                "afleveringtitel");
        name(
                LENGTH,
                "length",
                "duration",
                "runtime",
                "running time",
                "dauer",
                "laufzeit",
                "länge",
                "duur",
                "lengte",
                "durée",
                "duración",
                "durata",
                "duração");
        name(
                GUEST,
                "guest",
                "guests",
                "guest(s)",
                "gast",
                "gäste",
                "gasten",
                "invité",
                "invités",
                "invité(s)",
                "ospite",
                "ospiti",
                "invitado",
                "invitados",
                "invitado(s)",
                "convidado",
                "convidados",
                "convidado(s)");
        name(
                TIME,
                "time",
                "timestamp",
                "start",
                "zeit",
                "uhrzeit",
                "tijd",
                "heure",
                "temps",
                "hora",
                "tiempo",
                "ora",
                "orario");
    }

    private static void name(TableColumns column, String... names) {
        for (String name : names) {
            NAMES.put(name, column);
        }
    }

    /** The column a header cell names ("Air date", "Nr.", "Titel:"), or null if it names none. */
    static TableColumns named(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        while (name.endsWith(".") || name.endsWith(":")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return NAMES.get(name);
    }

    /**
     * Whether the columns are an episode list's: a title beside the episode's number or its first
     * broadcast, and no clock times ("# | Time | Title" is a chapter table).
     */
    static boolean listEpisodes(List<TableColumns> columns) {
        return columns.contains(TITLE)
                && (columns.contains(EPISODE) || columns.contains(AIRDATE))
                && !columns.contains(TIME);
    }
}
