package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A role glued to a party's or an office's name before a guest ("VVD-politicus", "SPD-Politikerin",
 * "Ex-Minister") is the person's role, not the first word of the name; in made-up sentences, with
 * near misses that name no one.
 */
class PartyRoleNamesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Onze gast is CDA-politicus Joris van Dam.|Joris van Dam",
                "Zijn gast vanavond is D66-politicus Sanne de Vries.|Sanne de Vries",
                "Haar gast is GL-politicus Pieter de Wit, oud-wethouder.|Pieter de Wit",
                "Unser Gast ist die SPD-Politikerin Lea Brandt.|Lea Brandt",
                "Mein Gast ist heute Ex-Minister Jonas Weber.|Jonas Weber",
                "My guest is Labour-politician Tom Reed.|Tom Reed",
            })
    void leavesTheGluedRoleOutOfTheName(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Zijn gast is VVD-politicus.",
                "Volgens VVD-politicus Joris van Dam is het te laat.",
                "Hij sprak een VVD-politicus over Amsterdam.",
                "Zijn gast is de VVD-fractie in Den Haag.",
                "De presentator is VVD-politicus Joris van Dam.",
                "Unser Gast ist Die Zeit.",
                "Our guest is The Guardian.",
            })
    void namesNoOneWithoutAGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
