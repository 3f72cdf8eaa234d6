package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.text.Names.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names in prose ({@link Names#introduced}), the words of a name (honorifics, initials, particles,
 * possessives), the opening that describes a guest, credit lines and guest-list headings.
 */
class NamePhrasesTest {

    private static List<String> prose(String text) {
        return Names.introduced(text, false).stream().map(Mention::name).toList();
    }

    private static List<String> expected(String names) {
        return names.isEmpty() ? List.of() : List.of(names.split(";"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "This week I talk with Mara Quill about ropes.              | Mara Quill",
                "We sat down with lamp maker and welder Oskar Lind.         | Oskar Lind",
                "I chat with Harbour Radio reporter FM Ida Brenner today.   | Ida Brenner",
                "Tomas Vik joins me from Bergen to talk about nets.         | Tomas Vik",
                "Noor Haddad joins us this week.                            | Noor Haddad",
                "Edda is joined today by a very special guest, Lane Harrow. | Lane Harrow",
                "Our guest today is Selma Okafor.                           | Selma Okafor",
                "My guest, Selma Okafor, builds boats.                      | Selma Okafor",
                "Guest baker Idris Falk joins to talk dough.                | Idris Falk",
                "Cette semaine, je discute avec Bastien Dufresne des phares. | Bastien Dufresne",
                "Heute spreche ich mit Ilse Haverkamp über Leuchttürme.     | Ilse Haverkamp",
                "Hoy charlamos con Lucía Castellano sobre faros.            | Lucía Castellano",
                "Oggi parliamo con Davide Marchetti di fari.                | Davide Marchetti",
                "Hoje conversamos com Joana Ferreira sobre faróis.          | Joana Ferreira",
                "Deze week praat ik met Anouk de Vries over vuurtorens.     | Anouk de Vries",
                "Mason and Rafe talk with muralist Naomi Brandt about walls. | Naomi Brandt",
                "Mara Quill and I discuss ropes.                            | Mara Quill",
                "Joining me from Bergen to talk nets is FM Tomas Vik.      | Tomas Vik",
            })
    void proseThatIntroducesAGuest(String text, String names) {
        assertThat(prose(text)).isEqualTo(expected(names));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Someone merely named: with whom someone else did something.
                "As a young man he got to jam with Ivo Castellan in a garage.",
                "The shipyard merged with Harbour Lamp Works in 1990.",
                "The firm teamed up with GM Tarek Oduya’s club last year.",
                // Credits, thanks, sponsors, hosts.
                "Produced by Mara Quill with help from Oskar Lind.",
                "Special thanks to Ida Brenner for talking with Tomas Vik.",
                "Thanks again to Noor Haddad for the chat with Edda Lind.",
                "This episode is brought to you by Lane Harrow, who spoke with Rafe Calloway.",
                "Music by Selma Okafor. Artwork: Jorunn Vik.",
                "Merci à Bastien Dufresne pour la conversation avec Ilse Haverkamp.",
                "Met dank aan Anouk de Vries.",
                // Past guests of another show are not this episode's.
                "Earlier guests include investor Mara Quill and economist Oskar Lind.",
                "Guest notes from Dalia Moreno are online.",
            })
    void proseThatIntroducesNoGuest(String text) {
        assertThat(prose(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Mara Quill is a historian of harbours and ropes.          | Mara Quill",
                "Dr. Oskar Lind, PhD, is the head of research at Tidal.    | Oskar Lind",
                "Joshua M Greene is a well-travelled lecturer and author.  | Joshua M Greene",
                "S.P. Raman is a Grandmaster and writer from Chennai.      | S.P. Raman",
                "Harbour Lamp Works is a company that makes lamps.         | \"\"",
                "Mara Quill is going to the harbour.                       | \"\"",
            })
    void anOpeningThatDescribesAPerson(String text, String names) {
        assertThat(Names.describedAtStart(text).stream().map(Mention::name).toList())
                .isEqualTo(expected(names));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Matt Berlin, co-founder of Ropeworks | Matt Berlin",
                "Dr. Ida Brenner (historian)          | Ida Brenner",
                "Tomas Vik - on nets and knots        | Tomas Vik",
                "Anouk van der Berg                   | Anouk van der Berg",
                "Gloria Allen                         | Gloria Allen",
            })
    void aGuestListLineStartsWithTheName(String line, String name) {
        assertThat(Names.listedName(line)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Engineer: Andrew Vale",
                "Theme Song: Rory Quint",
                "Produced by Mara Quill",
                "Apple Podcasts",
                "Mara Quill's harbour notes",
                "Mara Quill keeps the lamps",
            })
    void linesThatListNoGuest(String line) {
        assertThat(Names.listedName(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Guests: Mara Quill and Oskar Lind | Mara Quill;Oskar Lind",
                "Guest: Mara Quill, historian      | Mara Quill",
                "Invités : Bastien Dufresne, Ilse Haverkamp | Bastien Dufresne;Ilse Haverkamp",
                "Gäste: Ilse Haverkamp und Tomas Vik | Ilse Haverkamp;Tomas Vik",
                "Invitado: Lucía Castellano        | Lucía Castellano",
                "Ospiti: Davide Marchetti e Ida Brenner | Davide Marchetti;Ida Brenner",
                "Convidada: Joana Ferreira         | Joana Ferreira",
                "Gasten: Anouk de Vries en Tomas Vik | Anouk de Vries;Tomas Vik",
                "In this episode: Mara Quill       | Mara Quill",
                "Our guest: Dr. Mara Quill         | Mara Quill",
                "In this episode: a man loses his fear. | \"\"",
                "GUESTS                            | \"\"",
            })
    void aGuestHeadingAndTheNamesOnItsLine(String line, String names) {
        assertThat(GuestHeadings.restAfter(line)).isPresent();
        int rest = GuestHeadings.restAfter(line).getAsInt();
        assertThat(GuestHeadings.namesIn(line, rest)).isEqualTo(expected(names));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mara Quill was our guest",
                "Thanks for being a guest",
                "Guest notes from Dalia Moreno",
                "In this week's harbour news",
            })
    void linesThatAreNoGuestHeading(String line) {
        assertThat(GuestHeadings.restAfter(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Hosted by Mara Quill.                   | Mara Quill",
                "Hosts: Mara Quill and Oskar Lind        | Mara Quill;Oskar Lind",
                "Hosts Mara Quill and Oskar Lind walk through the year. | Mara Quill;Oskar Lind",
                "Présenté par Bastien Dufresne           | Bastien Dufresne",
                "Moderation: Ilse Haverkamp              | Ilse Haverkamp",
                "The show hosts lamp makers.             | \"\"",
            })
    void hostLinesNameTheHosts(String text, String names) {
        assertThat(CreditLines.hostNames(text)).isEqualTo(expected(names));
    }

    @Test
    void aCreditSentenceIsMaskedToItsEndAndNoFurther() {
        List<String> words =
                Names.words("I talk with Mara Quill. Edited by Oskar Lind. Then Ida sings.");
        boolean[] mask = CreditLines.mask(words);

        assertThat(mask[3]).as("Mara, before the credit").isFalse();
        assertThat(mask[7]).as("Oskar, in the credit").isTrue();
        assertThat(mask[10]).as("Ida, after the credit's full stop").isFalse();
    }

    @Test
    void aLineThatStartsWithAWordOfCreditsButIsNoCreditIsNotMasked() {
        List<String> words =
                Names.words("Production ready lamps for harbours: I talk with Mara Quill.");

        assertThat(CreditLines.mask(words)).containsOnly(false);
    }
}
