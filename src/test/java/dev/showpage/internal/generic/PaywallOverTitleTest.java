package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.OneEpisodePage.PARAGRAPH;
import static dev.showpage.internal.generic.OneEpisodePage.onlyTitle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A paid episode's post over its title: a player that has not loaded ("0:00 / 0:00") and the
 * paywall's labels. None is the episode's title. The pages are made up; the comment before each
 * assertion names the 1-based page lines it reads.
 */
class PaywallOverTitleTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Paid episode|This episode is only for paying subscribers of Towpath Notes",
                "Épisode payant|La suite est réservée aux abonnés payants de Chemin de Halage",
                "Bezahlte Folge|Die ganze Folge hören nur zahlende Abonnenten von Treidelpfad",
                "Episodio de pago|El episodio completo es solo para suscriptores de pago",
                "Episodio a pagamento|L'episodio intero è riservato agli abbonati paganti",
                "Episódio pago|O episódio completo é só para assinantes pagantes",
                "Betaalde aflevering|De hele aflevering is alleen voor betalende abonnees"
            })
    void aPaywallUnderAnIdlePlayerIsNoTitle(String label, String wall) {
        String page =
                "0:00\n/\n0:00\n\n"
                        + label
                        + "\n\n"
                        + wall
                        + "\n\nThe Keeper of Lock Nine\n\n"
                        + PARAGRAPH
                        + "\n";

        // Lines 1-3 are the player, lines 5 and 7 the paywall; line 9 is the title.
        assertThat(onlyTitle(EpisodePageParser.parse(page))).isEqualTo("The Keeper of Lock Nine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0:00 / 0:00", "00:00", "0:00:00", "00:00 / 00:00"})
    void anIdlePlayerOnOneLineIsNoTitle(String player) {
        String page = player + "\n\nThe Keeper of Lock Nine\n\n" + PARAGRAPH + "\n";

        // Line 1 is the player; line 3 is the title.
        assertThat(onlyTitle(EpisodePageParser.parse(page))).isEqualTo("The Keeper of Lock Nine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0:01", "0:00 / 41:12", "10:00", "0:000", "/", "1:00:00", "0:0"})
    void aPlayerThatIsNotAtZeroIsNotIdle(String text) {
        assertThat(PlayerTimes.isAtZero(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Paid in Full",
                "Who Paid for the Bridge?",
                "The Episode Nobody Asked For",
                "Folge dem Geld",
                "Subscribers Only Know Half of It",
                "Bezahlt wird später"
            })
    void titlesThatNameOnlyPaymentOrOnlyTheEpisodeAreNoPaywall(String title) {
        assertThat(Paywalls.isOne(title)).isFalse();
    }
}
