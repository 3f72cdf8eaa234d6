package dev.showpage.internal.generic;

import dev.showpage.internal.text.Vocabulary;
import java.util.Locale;

/**
 * The legal forms that close a company's name unambiguously in the countries of the seven languages
 * read: a form written with its dots ("S.A.", "S.p.A.", "B.V.", or the abbreviations "Ltd.",
 * "Inc.", "Corp.", "Lda."), a form no word of a name spells ("Ltd", "GmbH", "SARL", "Ltda"), or any
 * form after a comma ("Harbourline, Inc."). A line that closes with one names a company, which a
 * news item speaks of, never a show. Short forms that are also words or parts of a name ("Spa",
 * "SA", "AG", "KG", "Limited", "Inc" alone, as in "Crime Inc" or "Radio Spa") are not taken without
 * the dots or the comma; nor is such a word with one closing dot, which is a sentence's full stop
 * ("We met in Spa.", "Das Paket wiegt 5 kg.").
 */
final class CompanyForms {

    /** The forms a company's name may close with, lower case and without their dots. */
    private static final Vocabulary FORMS =
            Vocabulary.of(
                    "ltd limited inc llc plc corp gmbh ag kg ug sarl sas sa sl slu srl spa lda"
                            + " ltda bv nv vof");

    /** The forms no word of a name spells, taken without dots or a comma. */
    private static final Vocabulary UNAMBIGUOUS = Vocabulary.of("ltd gmbh llc plc sarl ltda");

    /**
     * The forms written as a word cut short and closed with its dot ("Inc.", "Corp.", the
     * Portuguese "Lda."), whose closing dot is the form's own: of the other forms, a word with one
     * closing dot ("Spa.", "Limited.") is a word at a sentence's end.
     */
    private static final Vocabulary ABBREVIATED = Vocabulary.of("inc corp lda");

    private CompanyForms() {}

    /**
     * Whether the name closes with a company's legal form written unambiguously ("Harbourline
     * Ltd.", "Kaiwerk GmbH", "Harbourline, Inc.", "Radio Porto S.p.A."), not "Crime Inc", "Radio
     * Spa" nor a sentence that ends on such a word ("We met in Spa.").
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
        return afterComma || isDotted(last, letters) || UNAMBIGUOUS.contains(letters);
    }

    /**
     * Whether the form is written with its dots: a dot between its letters ("S.p.A.", "B.V",
     * "S.A.") or the closing dot of an abbreviation ("Inc.", "Ltd."). A dot that only closes the
     * word may be a sentence's.
     */
    private static boolean isDotted(String form, String letters) {
        for (int k = 0; k + 1 < form.length(); k++) {
            if (form.charAt(k) == '.' && Character.isLetter(form.charAt(k + 1))) {
                return true;
            }
        }
        return form.endsWith(".") && ABBREVIATED.contains(letters);
    }
}
