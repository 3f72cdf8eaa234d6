package dev.showpage.internal.text;

import java.util.Locale;
import java.util.Set;

/**
 * The vocabulary show notes use around people, in the seven languages the parser reads (English,
 * French, German, Spanish, Italian, Portuguese, Dutch): honorifics, the nouns that say what someone
 * does, the words of credits, thanks and sponsors, the words that head a guest list, and the words
 * of a conversation. The words are the common words of each language for these things (the ones
 * podcast sites and show-note templates print), not words of any one page. Every lookup is by the
 * word's core in lower case.
 */
final class PersonWords {

    private PersonWords() {}

    /** The set of the space-separated words; a word may stand in two languages' lists. */
    static Set<String> words(String words) {
        return Set.copyOf(java.util.Arrays.asList(words.trim().split(" +")));
    }

    /**
     * Titles that stand before a name and are not part of it: academic and medical ("Dr", "Prof"),
     * nobility and address ("Sir", "Mr", "Mme", "Herr", "Sr", "Sra", and the plurals "MM.", "Mmes",
     * "Messrs" before two names joined by "and"), and the chess titles ("GM", "IM", "FM", "WGM",
     * "NM", "CM") which chess shows print before every player.
     */
    static final Vocabulary HONORIFICS =
            Vocabulary.of(
                    "dr prof professor sir dame mr mrs ms mx lord lady gm im fm cm nm wgm wim wfm"
                        + " mme mlle herr frau sr sra srta dott dottssa ing avv dhr mevr drs ir rev"
                        + " pr mm mmes messrs");

    /**
     * Nouns for what someone does, which stand before a name ("chalk artist Mara Quill", "Chroma
     * CTO Mara Quill") or after "is a" ("Mara Quill is a historian"). A lower-case word with a
     * role-noun ending (-ist, -er, -or, -ian, -ant, -ent, -eur, -euse, -ista, -ore, -ora, -ero,
     * -era, and the German -erin, -orin, -istin) counts as well, so this set holds the ones without
     * such an ending. The Dutch "politicus" has none, and stands glued to a party's name before the
     * person ("VVD-politicus Mara Quill"), like the German "SPD-Politikerin". The feminine and
     * Romance forms of the arts' roles have none either ("la cinéaste", "l'humoriste", "l'attrice",
     * "a atriz", "la cantante"), and stand before the names of a talk show's guests.
     */
    private static final Set<String> ROLE_NOUNS =
            words(
                    "ceo cto cpo coo cfo cmo vp svp evp founder co-founder cofounder chief head"
                        + " lead president expert icon legend poet chef coach grandmaster master"
                        + " champion author actor actress scientist engineer architect analyst"
                        + " specialist doctor physician professor lecturer teacher student friend"
                        + " colleague guest partner veteran pioneer star critic advocate activist"
                        + " artist economist journalist entrepreneur investor historian politician"
                        + " diplomat judge lawyer nurse fellow scholar maker creator reporter"
                        + " auteur autrice autor autora autore fondateur fondatrice gründer"
                        + " gründerin fundador fundadora fondatore fondatrice oprichter invité"
                        + " invitée gast gästin invitado invitada ospite convidado convidada"
                        + " médecin chercheur chercheuse forscher forscherin investigador"
                        + " investigadora ricercatore ricercatrice pesquisador pesquisadora"
                        + " onderzoeker secretary ambassador senator governor minister mayor"
                        + " congressman congresswoman chairman chairwoman general captain colonel"
                        + " bishop rabbi politicus photographe fotografo fotografa fotógrafo"
                        + " fotógrafa fotograaf fotograf fotografin cinéaste humoriste comédien"
                        + " comédienne actrice attrice atriz regista scrittrice écrivain écrivaine"
                        + " romancière chanteuse cantante réalisatrice zangeres");

    private static final String[] ROLE_ENDINGS = {
        "ist",
        "er",
        "or",
        "ian",
        "ant",
        "ent",
        "eur",
        "euse",
        "ista",
        "ore",
        "ora",
        "ero",
        "era",
        // German feminine forms: "Beraterin", "Direktorin", "Journalistin"
        "erin",
        "orin",
        "istin"
    };

    /** Common words with a role-noun ending that name no role. */
    private static final Set<String> NOT_ROLES =
            words(
                    "after other never under later rather either neither whether together however"
                        + " whatever whenever wherever another better number matter summer winter"
                        + " center centre content recent current different important present moment"
                        + " event order error major minor color colour favor favour dinner paper"
                        + " power water cover chapter letter corner border");

    /**
     * Words that head a credit, a thanks or a sponsor line ("Produced by", "Music:", "Special
     * thanks to", "Sponsored by", "Hosted by", "Montage :", "Musik:", "Producido por").
     */
    static final Vocabulary CREDIT_WORDS =
            Vocabulary.of(
                    "produced producer producers production co-produced co-producer edited editor"
                        + " editors editing engineer engineered engineering mixed mixing mastered"
                        + " mastering music theme song songs artwork art design designed cover"
                        + " photo photos photography illustration written research researched"
                        + " transcript transcribed sound audio executive showrunner recorded thanks"
                        + " thank sponsored sponsor sponsors supported presented presenter hosted"
                        + " host hosts co-host co-hosts cohost cohosts produit réalisé réalisation"
                        + " montage monté musique générique animé animation présenté présentation"
                        + " merci remerciements sponsorisé parrainé mixage habillage produziert"
                        + " produktion schnitt musik moderation moderiert danke dank gesponsert"
                        + " präsentiert redaktion technik titelmusik producido producción edición"
                        + " editado música presentado conducido conducción gracias agradecimientos"
                        + " patrocinado mezcla prodotto produzione musica musiche condotto"
                        + " conduzione presentato grazie ringraziamenti sponsorizzato sigla regia"
                        + " produzido produção edição apresentado apresentação obrigado obrigada"
                        + " patrocínio mixagem arte geproduceerd productie muziek gepresenteerd"
                        + " presentatie bedankt gesponsord redactie techniek");

    /** Credit words that say who hosts: the names they head are hosts, not guests. */
    static final Vocabulary HOST_WORDS =
            Vocabulary.of(
                    "hosted host hosts co-host co-hosts cohost cohosts presented presenter animé"
                        + " animée animation présenté présentation moderation moderiert präsentiert"
                        + " presentado conducido conducción condotto conduzione presentato"
                        + " apresentado apresentação gepresenteerd presentatie");

    /**
     * The nouns for the people of the show itself and its audience, in the seven languages: its
     * hosts and co-hosts ("Moderatorin", "presentadora", "conduttore"), its reporters and
     * correspondents ("Korrespondentin", "corresponsal", "verslaggever"), its staff ("Redakteurin",
     * "collega") and its listeners ("Hörerin", "oyente", "luisteraar"). A name they describe speaks
     * for the show or writes in to it, not as its guest. Compounds are read by their head:
     * "Co-Moderatorin", "ARD-Korrespondentin", "Radiomoderator".
     */
    private static final Vocabulary STAFF_NOUNS =
            Vocabulary.of(
                    "host hosts co-host cohost presenter gastgeber gastgeberin moderator"
                        + " moderatorin moderatoren presentator presentatrice présentateur"
                        + " présentatrice animateur animatrice presentador presentadora conductor"
                        + " conductora conduttore conduttrice presentatore apresentador"
                        + " apresentadora reporter reporterin reporters korrespondent"
                        + " korrespondentin correspondent correspondente correspondant"
                        + " correspondante corresponsal corrispondente inviato inviata enviado"
                        + " enviada envoyé envoyée verslaggever verslaggeefster redakteur"
                        + " redakteurin redacteur redactrice redactor redactora redattore"
                        + " redattrice kollege kollegin collega collègue colega hörer hörerin"
                        + " zuhörer zuhörerin listener luisteraar luisteraarster auditeur auditrice"
                        + " oyente ouvinte ascoltatore ascoltatrice");

    /** The heads of German compounds that name a host, reporter or listener: "Radiomoderator". */
    private static final String[] STAFF_HEADS = {
        "moderator",
        "moderatorin",
        "korrespondent",
        "korrespondentin",
        "reporter",
        "reporterin",
        "hörer",
        "hörerin",
        "redakteur",
        "redakteurin"
    };

    /** A host, reporter, staff or listener noun ({@link #STAFF_NOUNS}), or a compound of one. */
    static boolean isStaffNoun(String raw) {
        if (STAFF_NOUNS.containsCore(raw) || HOST_WORDS.containsCore(raw)) {
            return true;
        }
        String w = Names.core(raw).toLowerCase(Locale.ROOT);
        int dash = w.lastIndexOf('-');
        if (dash > 0 && STAFF_NOUNS.containsCore(w.substring(dash + 1))) {
            return true; // "Co-Moderatorin", "ARD-Korrespondentin"
        }
        for (String head : STAFF_HEADS) {
            if (w.endsWith(head)) {
                return true; // "Radiomoderator", "Stammhörerin"
            }
        }
        return false;
    }

    /** The words after a credit word that lead to the names: "by", "par", "von", "por", ... */
    static final Vocabulary CREDIT_LINKS = Vocabulary.of("by to par à von an por a da door aan");

    /** Headings of a guest list: "Guests:", "Invités :", "Gäste:", "Invitados:", "Ospiti:". */
    static final Vocabulary GUEST_HEADING_WORDS =
            Vocabulary.of(
                    "guest guests featuring invité invités invitée invitées gast gäste gäst "
                            + "invitado invitados invitada invitadas ospite ospiti convidado "
                            + "convidados convidada convidadas gasten interviewee interviewees"
                            + " panelist panelists panellist panellists gesprächspartner"
                            + " gesprächspartnerin gesprächspartnerinnen intervenant"
                            + " intervenante intervenants intervenantes entrevistado"
                            + " entrevistada entrevistados entrevistadas intervistato"
                            + " intervistata intervistati intervistate");

    /**
     * Words of a conversation, which make "with X" in prose name the one spoken with ("I talk
     * with", "an interview with", "sat down with", "discute avec", "Gespräch mit", "charla con",
     * "intervista con", "conversa com", "gesprek met", and the infinitives of chatting: "pour jaser
     * avec", "um mit ... zu plaudern", "para charlar con"); first-person pronouns count as well
     * ("we dive deep with", "je reçois"), and are kept apart. "Entrevue" is the interview of Quebec
     * French ("Entrevue avec Mara Quill").
     */
    private static final Vocabulary CONVERSATION_WORDS =
            Vocabulary.of(
                    "talk talks talked talking chat chats chatted chatting speak speaks speaking"
                        + " spoke sit sits sat sitting conversation conversations interview"
                        + " interviews interviewed discuss discusses discussed discussion catch"
                        + " caught episode recorded joined meet met conversa conversation entretien"
                        + " discute parle rencontre échange gespräch spricht unterhält unterhalten"
                        + " sprechen interviewt habla hablamos charla conversación entrevista"
                        + " conversamos parla parliamo intervista chiacchierata fala falamos"
                        + " conversamos gesprek praat spreekt praten aflevering épisode folge"
                        + " episodio puntata episódio spreche rede reden discutons parlons discuto"
                        + " hablo charlamos parlo converso falo spreek jaser bavarder discuter"
                        + " plaudern plaudert charlar platicar conversar chiacchierare kletsen"
                        + " entrevue");

    /**
     * The nouns of a conversation, which may be the subject of "is with X" ("this week's interview
     * is with", "a entrevista da semana é com", "l'entretien du jour est avec", "das Gespräch ist
     * mit", "la charla de hoy es con", "l'intervista è con", "het gesprek is met").
     */
    static final Vocabulary CONVERSATION_NOUNS =
            Vocabulary.of(
                    "interview conversation chat talk episode entretien échange épisode gespräch"
                            + " folge entrevista charla conversación episodio intervista"
                            + " chiacchierata puntata conversa episódio gesprek aflevering"
                            + " entrevue");

    static final Vocabulary FIRST_PERSON =
            Vocabulary.of(
                    "i we me us i'm we're i’m we’re je moi nous ich wir yo nosotros io noi eu "
                            + "nós ik wij");

    /**
     * The endings of the first person plural of Spanish, Portuguese and Italian verbs ("hablamos",
     * "regressamos", "parliamo"), and of the Italian future ("parleremo", "chiacchiereremo",
     * "finiremo", "faremo"), which say "we" where those languages leave the pronoun out. The
     * future's endings are the longer ones, so that "estremo" and "supremo" stay adjectives.
     */
    private static final String[] FIRST_PLURAL_ENDINGS = {
        "amos", "emos", "imos", "iamo", "eremo", "iremo", "aremo"
    };

    /** The shortest such verb: shorter words with these endings are not verbs ("amos"). */
    private static final int FIRST_PLURAL_MIN_LENGTH = 6;

    /** "and" in each language, which joins two names: and, et, und, y, e, en. */
    private static final Vocabulary AND_WORDS = Vocabulary.of("and & et und y e en");

    /**
     * The words a host welcomes a guest with, at a transcript's start: "Mara Quill, welcome to the
     * show", "Welcome, Mara"; bienvenue, willkommen, bienvenido, benvenuto, bem-vindo, welkom.
     */
    static final Vocabulary WELCOME_WORDS =
            Vocabulary.of(
                    "welcome bienvenue bienvenu bienvenus willkommen bienvenido bienvenida"
                            + " benvenuto benvenuta bem-vindo bem-vinda welkom");

    /** The words that stand for "with" in each language: with, avec, mit, con, com, met. */
    static final Vocabulary WITH_WORDS =
            Vocabulary.of("with avec mit con com met w/ ft feat featuring");

    /** The words for "on" or "about" in each language: on, sur, über, sobre, su, over. */
    private static final Vocabulary ON_WORDS = Vocabulary.of("on sur über sobre su over about");

    /** Particles that stand inside a name in lower case: "Ludwig van Beethoven", "da Silva". */
    private static final Set<String> PARTICLES =
            words(
                    "van von de da di du der den del della dos das do la le ten ter zu "
                            + "bin ibn al");

    /**
     * Verbs that follow a person as the subject of a sentence ("Mara Quill is", "Mara Quill hosts
     * the ...", "Mara Quill joins"), which say that a name in a title is someone's.
     */
    private static final Vocabulary PERSON_VERBS =
            Vocabulary.of(
                    "is was has had hosts joins joined talks shares explains discusses returns says"
                            + " tells works leads runs founded wrote writes built started became"
                            + " created teaches lives est ist è é hat heeft tiene tem");

    /**
     * Words of the pages' own furniture, never part of a person's name: the names of podcast apps
     * and the words of their menus and buttons ("Apple Podcasts", "All Episodes", "Pocket Casts",
     * "Listen Now"), as listening sites print them.
     */
    private static final Vocabulary SITE_WORDS =
            Vocabulary.of(
                    "podcast podcasts casts episodes episode spotify apple google amazon youtube"
                        + " overcast castbox stitcher deezer pandora iheart iheartradio castro"
                        + " podbean podchaser audible subscribe listen share transcript transcripts"
                        + " home about contact blog newsletter chapters links logo menu search"
                        + " login more latest all next previous play download feed rss notes show"
                        + " shows season radio music privacy policy terms cookies sign log now"
                        + " online");

    /** A word of the site's furniture ({@link #SITE_WORDS}). */
    static boolean isSiteWord(String raw) {
        return SITE_WORDS.containsCore(raw);
    }

    static boolean isHonorific(String raw) {
        return HONORIFICS.containsCore(raw);
    }

    /** A role noun of the set, or a lower-case word with a role-noun ending. */
    static boolean isRoleNoun(String raw) {
        return isRoleNoun(raw, false);
    }

    /**
     * A role noun of the set, or a word with a role-noun ending; a capitalised one only where
     * {@code capitalised} allows it (after a name and a comma: "Mara Quill, Epidemiologist").
     */
    static boolean isRoleNoun(String raw, boolean capitalised) {
        String w = lower(raw);
        if (ROLE_NOUNS.contains(w)) {
            return true;
        }
        String core = Names.core(raw);
        int glued = core.lastIndexOf('-');
        if (glued > 0
                && glued + 1 < core.length()
                && Character.isLowerCase(core.charAt(glued + 1))
                && isRoleNoun(core.substring(glued + 1), false)) {
            return true; // "D66-politicus", "Labour-politician": a role glued to a party's name
        }
        if (core.length() < 5 || !(capitalised || Character.isLowerCase(core.charAt(0)))) {
            return false;
        }
        if (NOT_ROLES.contains(w)) {
            return false;
        }
        for (String ending : ROLE_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        // "Writer-producer", "singer-songwriter": a compound of role nouns
        int dash = w.indexOf('-');
        return dash > 0 && isRoleNoun(w.substring(dash + 1), capitalised);
    }

    /** A role noun of the set ({@link #ROLE_NOUNS}), not one by its ending alone. */
    static boolean isListedRole(String raw) {
        return ROLE_NOUNS.contains(lower(raw));
    }

    static boolean isCreditWord(String raw) {
        return CREDIT_WORDS.containsCore(raw);
    }

    static boolean isHostWord(String raw) {
        return HOST_WORDS.containsCore(raw);
    }

    static boolean isCreditLink(String raw) {
        return CREDIT_LINKS.containsCore(raw);
    }

    static boolean isGuestHeadingWord(String raw) {
        return GUEST_HEADING_WORDS.containsCore(raw);
    }

    static boolean isConversationWord(String raw) {
        return CONVERSATION_WORDS.containsCore(raw);
    }

    static boolean isConversationNoun(String raw) {
        return CONVERSATION_NOUNS.containsCore(raw);
    }

    static boolean isFirstPerson(String raw) {
        return FIRST_PERSON.containsCore(raw);
    }

    /** A pronoun of the first person, or a verb in the first person plural ("hablamos"). */
    static boolean speaksAsWe(String raw) {
        if (isFirstPerson(raw)) {
            return true;
        }
        String w = lower(raw);
        if (w.length() < FIRST_PLURAL_MIN_LENGTH) {
            return false;
        }
        for (String ending : FIRST_PLURAL_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAndWord(String raw) {
        return raw.equals("&") || AND_WORDS.containsCore(raw);
    }

    static boolean isWelcomeWord(String raw) {
        return WELCOME_WORDS.containsCore(raw);
    }

    static boolean isWithWord(String raw) {
        return raw.equalsIgnoreCase("w/") || WITH_WORDS.containsCore(raw);
    }

    /** "ft.", "feat.": a with-word shortened, whose full stop ends no phrase. */
    static boolean isShortWith(String raw) {
        String w = lower(raw);
        return raw.endsWith(".") && (w.equals("ft") || w.equals("feat"));
    }

    static boolean isOnWord(String raw) {
        return ON_WORDS.contains(raw.toLowerCase(Locale.ROOT));
    }

    /** As {@link #isOnWord}, of the word's core: also with its punctuation ("about,", "(sobre"). */
    static boolean isOnWordCore(String raw) {
        return ON_WORDS.containsCore(raw);
    }

    static boolean isParticle(String raw) {
        return PARTICLES.contains(raw);
    }

    static boolean isPersonVerb(String raw) {
        return PERSON_VERBS.containsCore(raw);
    }

    private static String lower(String raw) {
        return Names.core(raw).toLowerCase(Locale.ROOT);
    }
}
