package dev.showpage.internal.generic;

import dev.showpage.internal.text.Vocabulary;
import java.util.Locale;

/**
 * The legal forms that close a company's name unambiguously in the countries of the seven languages
 * read: a form written with its dots ("Ltd.", "Inc.", "S.A.", "S.p.A.", "B.V."), a form no word of
 * a name spells ("Ltd", "GmbH", "SARL", "Ltda"), or any form after a comma ("Harbourline, Inc."). A
 * line that closes with one names a company, which a news item speaks of, never a show. Short forms
 * that are also words or parts of a name ("Spa", "SA", "AG", "KG", "Limited", "Inc" alone, as in
 * "Crime Inc" or "Radio Spa") are not taken without the dots or the comma.
 */
final class CompanyForms {

    /** The forms a company's name may close with, lower case and without their dots. */
    private static final Vocabulary FORMS =
            Vocabulary.of(
                    "ltd limited inc llc plc corp gmbh ag kg ug sarl sas sa sl slu srl spa lda"
                            + " ltda bv nv vof");

    /** The forms no word of a name spells, taken without dots or a comma. */
    private static final Vocabulary UNAMBIGUOUS = Vocabulary.of("ltd gmbh llc plc sarl ltda");

    private CompanyForms() {}

    /**
     * Whether the name closes with a company's legal form written unambiguously ("Harbourline
     * Ltd.", "Kaiwerk GmbH", "Harbourline, Inc."), not "Crime Inc" or "Radio Spa".
     */
    static boolean closesName(String name) {
        String stripped = name.strip();
        int space = stripped.lastIndexOf(' ');
        if (space < 0) {
            return false;
        }
        String last = stripped.substring(space + 1);
        String letters = last.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT);
        if (!FORMS.contains(letters)) {
            return false;
        }
        boolean afterComma = stripped.substring(0, space).endsWith(",");
        boolean dotted = last.endsWith(".");
        return afterComma || dotted || UNAMBIGUOUS.contains(letters);
    }
}
