package dev.showpage.internal.generic;

import dev.showpage.internal.text.Vocabulary;
import java.util.Locale;

/**
 * The legal forms a company's name closes with in the countries of the seven languages read, lower
 * case and without their dots ("Ltd", "Inc", "GmbH", "AG", "SARL", "S.A.", "S.p.A.", "Lda", "B.V.",
 * "N.V."): a line that closes with one names a company, which a news item speaks of, never a show.
 */
final class CompanyForms {

    private static final Vocabulary FORMS =
            Vocabulary.of(
                    "ltd limited inc llc plc corp gmbh ag kg ug sarl sas sa sl slu srl spa lda"
                            + " ltda bv nv vof");

    private CompanyForms() {}

    /** Whether the name's last word is a company's legal form ("Harbourline Ltd", "Kai GmbH"). */
    static boolean closesName(String name) {
        String stripped = name.strip();
        int space = stripped.lastIndexOf(' ');
        if (space < 0) {
            return false;
        }
        StringBuilder letters = new StringBuilder();
        for (int k = space + 1; k < stripped.length(); k++) {
            char c = stripped.charAt(k);
            if (c != '.' && c != ',') {
                letters.append(c);
            }
        }
        return FORMS.contains(letters.toString().toLowerCase(Locale.ROOT));
    }
}
