package dev.showpage.internal.text;

/**
 * The social occasions a person is a guest at besides a show, in the seven languages: a wedding, a
 * party, a ceremony, a premiere, an award, a film, a reception, a dinner ("Mara Quill went to a
 * wedding. Among the guests were Tom Reed and Eva Smit."). The words are the common nouns each
 * language names these occasions with, singular and plural, and the German and Dutch compounds'
 * heads.
 */
final class SocialOccasionWords {

    private SocialOccasionWords() {}

    private static final Vocabulary OCCASIONS =
            Vocabulary.of(
                    "wedding weddings party parties ceremony ceremonies premiere premieres award"
                        + " awards film films movie reception dinner banquet funeral birthday"
                        + " hochzeit party feier feiern zeremonie premiere preis preise film"
                        + " empfang abendessen geburtstag beerdigung mariage mariages fête fêtes"
                        + " soirée cérémonie première prix film réception dîner anniversaire boda"
                        + " bodas fiesta fiestas ceremonia estreno premio premios película"
                        + " recepción cena cumpleaños matrimonio matrimoni festa feste cerimonia"
                        + " prima premiazione premio premi ricevimento cena compleanno casamento"
                        + " cerimônia cerimónia estreia prémio prêmio jantar aniversário bruiloft"
                        + " feest feesten ceremonie première prijs prijzen receptie diner"
                        + " verjaardag");

    /** Whether the word names a social occasion ("wedding", "Hochzeit", "fête", "boda"). */
    static boolean isOccasion(String raw) {
        return OCCASIONS.containsCore(raw);
    }
}
