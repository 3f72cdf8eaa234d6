package dev.showpage.internal.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The top-level domains a name without a scheme must end in to be read as a link.
 *
 * <p>With a scheme ({@code https://}) the writer has said it is a link, so any well-formed
 * top-level part is taken (the list only tells where a host runs into CJK text). Without one,
 * {@code Node.js}, {@code setup.cfg} or {@code e.g} are words, and only a known ending tells {@code
 * transistor.fm} from them. So the list holds every country code that is a delegated domain (but no
 * two-letter word that is not one, such as {@code js}), the original generic domains, and the newer
 * generic ones that show notes actually link to (tools, shows, shops, studios), plus a few brand
 * domains of big platforms. It leaves out the new domains that are mostly file names ({@code zip},
 * {@code mov}) and the rare ones: a missing domain costs a link that the writer can still give with
 * {@code https://}; an extra one turns ordinary words into links.
 */
final class TopLevelDomains {

    /**
     * Country codes (ISO 3166-1 alpha-2 codes that are delegated top-level domains, plus {@code
     * ac}, {@code eu}, {@code su} and {@code uk}).
     */
    private static final String COUNTRY =
            """
            ac ad ae af ag ai al am ao aq ar as at au aw ax az
            ba bb bd be bf bg bh bi bj bm bn bo bq br bs bt bv bw by bz
            ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz
            de dj dk dm do dz
            ec ee eg er es et eu
            fi fj fk fm fo fr
            ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy
            hk hm hn hr ht hu
            id ie il im in io iq ir is it
            je jm jo jp
            ke kg kh ki km kn kp kr kw ky kz
            la lb lc li lk lr ls lt lu lv ly
            ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz
            na nc ne nf ng ni nl no np nr nu nz
            om
            pa pe pf pg ph pk pl pm pn pr ps pt pw py
            qa
            re ro rs ru rw
            sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz
            tc td tf tg th tj tk tl tm tn to tr tt tv tw tz
            ua ug uk us uy uz
            va vc ve vg vi vn vu
            wf ws
            ye yt
            za zm zw
            """;

    /** Country codes in their own scripts, as written in links that were never punycoded. */
    private static final String COUNTRY_IDN =
            """
            рф бел укр қаз срб мкд мон ελ հայ
            中国 中國 香港 台灣 台湾 澳門 新加坡 한국 ไทย
            भारत ভারত இந்தியா இலங்கை ලංකා
            مصر ایران پاکستان السعودية امارات المغرب الجزائر تونس عمان قطر فلسطين الاردن سورية
            """;

    /** The original generic and sponsored domains. */
    private static final String GENERIC =
            """
            com org net edu gov mil int arpa
            aero asia biz cat coop info jobs mobi museum name post pro tel travel xxx
            """;

    /** Newer generic domains seen in show notes: shows, creators, tools, shops, places. */
    private static final String NEW_GENERIC =
            """
            academy agency app art audio band bar beer best bike bio blog book boutique build
            business buzz cafe camp capital care careers cash center chat church city click cloud
            club codes coffee community company computer consulting cool coach courses credit
            dance dating day deals design dev diet digital direct directory dog earth eco education
            email energy engineer engineering events expert family fan fans farm fashion film
            finance fish fit fitness florist football foundation fun fund futbol fyi gallery
            game games garden gift gifts glass global gmbh gold golf graphics green group guide guru
            health help hiphop hockey holdings host house how inc industries ink institute
            international investments irish kitchen land law lawyer legal lgbt life
            lighting limited link live llc lol london love ltd luxury management market marketing
            mba media meme menu miami moda money monster movie network new news
            ngo ninja nyc one online organic page paris partners party photo photography
            photos pics pictures pink pizza place plus press productions promo properties
            pub quest radio recipes red rehab reise reisen rentals repair report rest review reviews
            rip rocks run sale salon school science security services sexy shoes shop shopping show
            singles site ski soccer social software solar solutions space sport store stream
            studio style supply support surf systems talk tax team tech technology tips today tokyo
            tools top tours town toys trade training tube university vacations vegas ventures
            vet video vip vision vodka vote voyage watch webcam website wedding wiki
            win wine work works world wtf xyz yoga youtube zone
            apple google microsoft netflix
            みんな 在线 中文网 公司 网络 网址 游戏 онлайн сайт орг ком موقع
            """;

    private static final Set<String> KNOWN = known();

    private TopLevelDomains() {}

    /** Whether {@code tld} (without its dot, any case) is a top-level domain we know. */
    static boolean isKnown(String tld) {
        return KNOWN.contains(tld.toLowerCase(Locale.ROOT));
    }

    private static Set<String> known() {
        Set<String> all = new HashSet<>();
        for (String group : new String[] {COUNTRY, COUNTRY_IDN, GENERIC, NEW_GENERIC}) {
            for (String tld : group.strip().split("\\s+")) {
                all.add(tld);
            }
        }
        return Set.copyOf(all);
    }
}
