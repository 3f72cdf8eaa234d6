package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names closed by a company's legal form in the countries of the seven languages, and lines that
 * close with a word a form is spelled like (a place, a unit, a show's word) without being one. The
 * names are made up.
 */
class CompanyFormsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Harbourline Ltd.",
                "Harbourline Ltd",
                "Harbourline Inc.",
                "Harbourline Corp.",
                "Harbourline, Inc.",
                "Kaiwerk GmbH",
                "Kaiwerk GmbH.",
                "Ateliers du Quai SARL",
                "Naviera del Puerto S.A.",
                "Naviera del Puerto, SL",
                "Radio Porto S.p.A.",
                "Radio Porto S.p.A",
                "Estaleiro do Cais Lda.",
                "Estaleiro do Cais Ltda",
                "Havenwerf B.V.",
                "Havenwerf N.V."
            })
    void aNameClosedByALegalFormNamesACompany(String name) {
        assertThat(CompanyForms.closesName(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a show's name with a form's word in it
                "Crime Inc",
                "Radio Spa",
                "Harbour Limited",
                // a sentence that ends on a place or a word a form is spelled like
                "Radio Spa.",
                "We met in Spa.",
                "Wir waren am Wochenende in Spa.",
                "Nous avons passé la nuit à Spa.",
                "Pasamos la tarde en el spa.",
                "Siamo andati tutti alla Spa.",
                "Passámos o domingo no Spa.",
                "We gingen met de trein naar Spa.",
                "Edition Limited.",
                // a unit of weight at a sentence's end
                "Das Paket wiegt 5 kg.",
                "Het pakket weegt 3 kg.",
                // one word alone
                "Inc.",
                "GmbH"
            })
    void aSentenceOrAShowsNameNamesNoCompany(String text) {
        assertThat(CompanyForms.closesName(text)).as(text).isFalse();
    }
}
