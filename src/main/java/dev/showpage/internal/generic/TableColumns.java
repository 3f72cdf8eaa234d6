package dev.showpage.internal.generic;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a column of an episode table holds, by the words its header cell prints: the column names TV
 * and podcast databases, broadcasters' archives and wikis give their episode lists, in English,
 * French, German, Spanish, Italian, Portuguese and Dutch. A header not named here is not read.
 */
enum TableColumns {
    NUMBER,
    DATE,
    TITLE,
    LENGTH,
    GUEST;

    private static final Map<String, TableColumns> NAMES = new HashMap<>();

    static {
        name(
                NUMBER,
                "#",
                "no",
                "nr",
                "n°",
                "nº",
                "num",
                "number",
                "ep",
                "episode",
                "episodes",
                "folge",
                "aflevering",
                "afl",
                "épisode",
                "episodio",
                "episódio",
                "número",
                "numéro",
                "nummer",
                "numero");
        name(
                DATE,
                "date",
                "airdate",
                "air date",
                "aired",
                "original air date",
                "first aired",
                "released",
                "release date",
                "published",
                "datum",
                "uitzenddatum",
                "sendedatum",
                "erstausstrahlung",
                "date de diffusion",
                "diffusion",
                "fecha",
                "fecha de emisión",
                "emisión",
                "data",
                "data di messa in onda",
                "data de emissão",
                "emissão");
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
}
