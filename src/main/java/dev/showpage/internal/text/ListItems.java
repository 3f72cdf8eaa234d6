package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import java.util.List;

/**
 * The decorations around the names of a running list of people in prose, and the joints between
 * them: a role before a name ("le médecin Mara Quill", "der Segler Mara Quill", "Segler Mara
 * Quill", "l'humoriste Mara Quill"), an aside after it ("Mara Quill (47, r.),", "Mara Quill, la
 * cinéaste,", "Mara Quill, die gerade ein Buch schreibt,"), and the joints "," "and" "sia" "ou
 * encore" "oder".
 */
final class ListItems {

    private ListItems() {}

    /** The articles before a role noun in the seven languages ("le", "der", "the", "il", "o"). */
    private static final Vocabulary ARTICLES =
            Vocabulary.of(
                    "the a an le la les un une der die das den dem ein eine el los las il lo gli"
                            + " o os um uma de het een");

    /** The French and Italian elided article glued to a role noun ("l'humoriste"). */
    private static final String[] ELIDED = {"l'", "l’"};

    /**
     * The relative pronouns that open an aside after a name: "Mara Quill, qui ...,", "Mara Quill,
     * die ...,", "Mara Quill, who ...,", "Mara Quill, che ...,", "Mara Quill, que ...,".
     */
    private static final Vocabulary RELATIVES =
            Vocabulary.of("who which qui que der die das che que quien cual wie welche welcher");

    /**
     * The joints of a list besides a comma and "and": the Italian "sia ... sia", the French "ou
     * encore" and "et enfin", "oder", "o", "ou", "of".
     */
    private static final Vocabulary JOINTS = Vocabulary.of("sia ou oder o or of");

    /** The words after a joint that soften it: "ou encore", "et enfin", "and also". */
    private static final Vocabulary SOFTENERS = Vocabulary.of("encore enfin also aussi auch ook");

    /** Most words of a role before a name ("la juriste et autrice"). */
    private static final int ROLE_MAX_WORDS = 4;

    /** Most words of an aside in brackets ("(61, FDP)") or between commas. */
    private static final int ASIDE_MAX_WORDS = 16;

    /**
     * The word past a role that stands before a name from {@code at}; {@code at} itself if none
     * does.
     */
    static int pastRole(List<String> words, int at) {
        int p = at;
        boolean role = false;
        for (int n = 0; p + 1 < words.size() && n < ROLE_MAX_WORDS; n++, p++) {
            String w = words.get(p);
            if (endsPhrase(w)) {
                break;
            }
            boolean skips =
                    (n == 0 && ARTICLES.containsCore(w) && Character.isLowerCase(w.charAt(0)))
                            || isRole(w)
                            || (role && PersonWords.isAndWord(w));
            if (!skips) {
                break;
            }
            role |= isRole(w);
        }
        return role ? p : at;
    }

    private static boolean isRole(String raw) {
        String w = raw.endsWith(",") ? raw.substring(0, raw.length() - 1) : raw;
        String bare = w;
        for (String elided : ELIDED) {
            if (w.regionMatches(true, 0, elided, 0, elided.length())) {
                bare = w.substring(elided.length());
            }
        }
        return PersonWords.isRoleNoun(bare) || GermanRoleNouns.isRoleShaped(bare);
    }

    /**
     * Where the next name of the list starts after a name that ends before {@code end}, past its
     * aside and the joint; -1 when the list ends there.
     */
    static int nextItem(List<String> words, int end) {
        String last = words.get(end - 1);
        int p = end;
        if (!endsPhrase(last) && p < words.size() && words.get(p).startsWith("(")) {
            p = closingBracket(words, p);
            if (p < 0) {
                return -1;
            }
            last = words.get(p - 1);
            if (last.endsWith(")") && p < words.size()) {
                return pastJoint(words, p, false); // "Mara Quill (52) und Tom Reed"
            }
        }
        if (p >= words.size() || CreditLines.endsSentence(last)) {
            return -1;
        }
        if (last.endsWith(",")) {
            p = pastAside(words, p);
            if (p < 0 || p >= words.size()) {
                return -1;
            }
            return pastJoint(words, p, true);
        }
        if (endsPhrase(last)) {
            return -1;
        }
        return pastJoint(words, p, false);
    }

    /** The word after the word that closes the bracket opened at {@code p}; -1 if none near. */
    private static int closingBracket(List<String> words, int p) {
        for (int k = p; k < words.size() && k < p + ASIDE_MAX_WORDS; k++) {
            String w = words.get(k);
            if (w.contains(")")) {
                return k + 1;
            }
            if (k > p && CreditLines.endsSentence(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Past an aside between commas at {@code p}: a relative clause ("die wieder spielt,") or an
     * article and a role ("la cinéaste,", "der Autor,"); {@code p} itself when none stands there;
     * -1 when the aside ends the sentence.
     */
    private static int pastAside(List<String> words, int p) {
        String w = words.get(p);
        if (!Character.isLowerCase(w.charAt(0)) || endsPhrase(w)) {
            return p;
        }
        if (isRole(w) && w.endsWith(",")) {
            return p + 1; // "Mara Quill, cinéaste, et ..."
        }
        if (ARTICLES.containsCore(w) && p + 1 < words.size()) {
            String next = words.get(p + 1);
            if (isRole(next) && next.endsWith(",")) {
                return p + 2; // "Mara Quill, la cinéaste, et ...": an article and a role alone
            }
        }
        if (!RELATIVES.containsCore(w)
                || p + 1 >= words.size()
                || !Character.isLowerCase(words.get(p + 1).charAt(0))) {
            // an article before a noun opens the next item ("der Segler Ana Paz"), where a
            // relative pronoun is followed by a lower-case word ("die gerade ...")
            return p;
        }
        for (int k = p; k < words.size() && k < p + ASIDE_MAX_WORDS; k++) {
            String x = words.get(k);
            if (CreditLines.endsSentence(x)) {
                return -1;
            }
            if (x.endsWith(",")) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * Past "and", "sia", "ou encore" at {@code p}; after a comma a name may follow right away,
     * without a joint a joint is needed.
     */
    private static int pastJoint(List<String> words, int p, boolean afterComma) {
        String w = words.get(p);
        boolean joint =
                (PersonWords.isAndWord(w) || JOINTS.containsCore(w))
                        && Character.isLowerCase(w.charAt(0))
                        && !endsPhrase(w);
        if (!joint) {
            return afterComma ? p : -1;
        }
        int next = p + 1;
        if (next < words.size() && SOFTENERS.containsCore(words.get(next))) {
            next++;
        }
        return next;
    }
}
