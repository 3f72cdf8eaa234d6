package dev.showpage.internal.text;

import java.util.List;

/**
 * The verbs that introduce a guest to the listener, in the seven languages the parser reads, and
 * the pronouns that go with them: of interviewing ("I'm interviewing", "j'interviewe"), presenting
 * ("je vous présente"), making meet ("vi faccio conoscere") and naming ("she is called", "ze
 * heet"). The words are each language's common verbs for these things, not words of any one page.
 */
final class IntroducingVerbs {

    private IntroducingVerbs() {}

    /**
     * A verb of interviewing in the present, whose object is the guest: "I'm interviewing Mara
     * Quill", "we interview", "j'interviewe", "entrevistamos a", "intervistiamo", "interviewen we".
     * The past ("interviewed") is left out: "interviewed by" names the host. The Spanish,
     * Portuguese and Italian nouns are the verbs' forms too; their plurals are left out: "le
     * interviste a X e Y" are as often old or other outlets' interviews the show recalls.
     */
    static final Vocabulary INTERVIEW_VERBS =
            Vocabulary.of(
                    "interview interviewing interviewe interviewt entrevista entrevistamos"
                            + " entrevisto intervista intervistiamo intervisto interviewen"
                            + " interviewd questionne interroge befragt befragen");

    static boolean isInterviewVerb(String raw) {
        int verb = elided(raw);
        return INTERVIEW_VERBS.containsCore(raw)
                || (verb > 0 && INTERVIEW_VERBS.containsCore(raw, verb));
    }

    /**
     * Whether the interview at {@code i} is someone else's that the show reports on: a verb of
     * analysing or discussing earlier in its sentence ("analizamos las entrevistas a X",
     * "commentiamo l'intervista a X", "we discuss the interviews ...") or the interview said to be
     * published after it ("... publicadas por El País", "... pubblicate da").
     */
    static boolean isReportedInterview(List<String> words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - REPORT_MAX_WORDS; k--) {
            if (CreditLines.endsSentence(words.get(k))) {
                break;
            }
            if (REPORTING_VERBS.containsCore(words.get(k))) {
                return true;
            }
        }
        for (int k = i + 1; k < words.size() && k <= i + REPORT_MAX_WORDS; k++) {
            if (PUBLISHED.containsCore(words.get(k))) {
                return true;
            }
            if (CreditLines.endsSentence(words.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** Most words before or after an interview noun a report's verb is looked for in. */
    private static final int REPORT_MAX_WORDS = 12;

    /**
     * The verbs of analysing, commenting and discussing in the first person and the infinitive, in
     * the seven languages: what a show does with interviews others made.
     */
    private static final Vocabulary REPORTING_VERBS =
            Vocabulary.of(
                    "analyse analyze analyses analyzes analysing analyzing discuss discussing"
                            + " review reviewing analysons analyser commentons commenter"
                            + " analysieren analysiert besprechen diskutieren analizamos"
                            + " analizar comentamos comentar analizziamo analizzare commentiamo"
                            + " commentare analisamos analisar analyseren bespreken");

    /** The participles of publishing, in the seven languages and both genders. */
    private static final Vocabulary PUBLISHED =
            Vocabulary.of(
                    "published publiée publiées publié publiés veröffentlicht veröffentlichten"
                            + " publicada publicadas publicado publicados pubblicata pubblicate"
                            + " pubblicato pubblicati gepubliceerd");

    /** Where the word after a French elided pronoun starts ("j'interviewe"); else 0. */
    static int elided(String raw) {
        for (int i = 1; i < raw.length() && i <= 2; i++) {
            if (raw.charAt(i) == '\'' || raw.charAt(i) == '\u2019') {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * A verb of presenting someone to the listener: "let me introduce you to Mara Quill", "we
     * present", "je vous présente", "os presentamos a", "vi presentiamo", "apresentamos".
     */
    static final Vocabulary INTRODUCE_VERBS =
            Vocabulary.of(
                    "introduce introducing présente présenter presentamos presentiamo"
                            + " apresentamos");

    static boolean isIntroduceVerb(String raw) {
        return INTRODUCE_VERBS.containsCore(raw);
    }

    /**
     * The verbs of meeting that, made to happen for the listener, present someone: "je vous fais
     * rencontrer", "vi faccio conoscere", "os hago conocer a", "vos faço conhecer".
     */
    static final Vocabulary MEET_VERBS = Vocabulary.of("rencontrer conoscere conocer conhecer");

    /** The verbs that make the listener meet ({@link #MEET_VERBS}): fais, faccio, hago, faço. */
    private static final Vocabulary CAUSATIVE_VERBS =
            Vocabulary.of("fais fait faisons faccio facciamo hago hacemos faço fazemos");

    /** "vous fais rencontrer", "vi faccio conoscere": a listener made to meet someone. */
    static boolean makesMeet(String pronoun, String causative, String verb) {
        return MEET_VERBS.containsCore(verb)
                && CAUSATIVE_VERBS.containsCore(causative)
                && isListenerPronoun(pronoun)
                && !Names.endsPhrase(pronoun)
                && !Names.endsPhrase(causative);
    }

    /**
     * The verbs that give a person's name: "she is called", "ze heet", "elle s'appelle", "sie
     * heißt", "se llama", "si chiama", "chama-se"; with a pronoun of the third person before them
     * ({@link #isThirdPerson}), they name someone the notes speak about, not the one who writes.
     */
    static final Vocabulary NAMING_VERBS =
            Vocabulary.of("heet heißt heisst appelle llama chiama chama-se called named");

    static boolean isNamingVerb(String raw) {
        int verb = elided(raw);
        return NAMING_VERBS.containsCore(raw) || (verb > 0 && NAMING_VERBS.containsCore(raw, verb));
    }

    /** "she", "he", "elle", "il", "sie", "er", "ze", "zij", "hij", "ella", "él", "lei", "lui". */
    static final Vocabulary THIRD_PERSON =
            Vocabulary.of("she he elle il sie er ze zij hij ella él lei lui ela ele se si");

    static boolean isThirdPerson(String raw) {
        return THIRD_PERSON.containsCore(raw);
    }

    /** The listener as the object of "introduce you to": you, vous, te, os, vi, ti, u, jullie. */
    static final Vocabulary LISTENER_PRONOUNS =
            Vocabulary.of("you vous te os vos vi ti u jullie euch");

    static boolean isListenerPronoun(String raw) {
        return LISTENER_PRONOUNS.containsCore(raw);
    }
}
