package dev.showpage.internal.text;

import dev.showpage.model.LinkKind;
import java.lang.Character.UnicodeScript;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Where the URL of a token ends, whether it is a link, and what kind of place it points at.
 *
 * <p>The lexer decides where a URL starts, and makes its token generous (often to the next
 * blank); this class reads the token once from the left, as twitter-text, autolink and
 * linkify-it read a URL, and says where it ends. It is no second URL parser: it never searches
 * text for URLs, it only reads the one the token starts with.
 *
 * <p>A URL is kept exactly as written: nothing is added ({@code example.com} stays as it is),
 * nothing is decoded or lower-cased.
 */
public final class Urls {

  /** Schemes whose links name a host on the web: their host is checked like a domain name. */
  private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "ftp", "ftps", "ws", "wss");

  /**
   * Endings of a bare {@code name.ext} that is far more often a file than a site ({@code
   * README.md}, {@code setup.py}, {@code install.sh}): without a scheme, {@code www.} or a path
   * such a name is a word.
   */
  private static final Set<String> FILE_EXTENSIONS = Set.of("md", "py", "rs", "pl", "pm", "sh", "ps", "ml");

  /** The longest label DNS allows. */
  private static final int MAX_LABEL = 63;

  /** The longest host name DNS allows. */
  private static final int MAX_HOST = 253;
  private static final String LOCALHOST = "localhost";

  /** Longer than any top-level domain we know: no need to look one up. */
  private static final int MAX_TLD = 24;

  /** The longest t.co slug Twitter hands out; a longer one is not a t.co link. */
  private static final int MAX_TCO_SLUG = 40;

  private Urls() {}

  /**
   * The URL the token starts with, without what ends the sentence around it: trailing full
   * stops, commas, semicolons, colons, exclamation and question marks, asterisks, a quote that
   * the URL does not open, a bracket that the URL does not close ({@code (see
   * https://example.com/a_(b))}), and everything from a character no URL holds as written
   * ({@code <>"`}, a blank, CJK text and punctuation, direction marks). The host ends where a
   * known top-level domain runs into CJK text ({@code example.comだよね} ends at {@code com}).
   */
  static String trim(String token) {
    return read(token).text();
  }

  /**
   * Whether a token without a scheme ({@code www.example.com/path}, {@code transistor.fm}) is a
   * link; the link is then {@link #trim(String) trim(token)}. It must end in a known top-level
   * domain with well-formed labels, and be no e-mail address ({@code @} before the path), no
   * file name ({@code README.md}), no mistyped {@code www} ({@code ww.example.com}) and no two
   * sentences run together ({@code today.Today}).
   */
  public static boolean isLink(String token) {
    return read(token).isLink();
  }

  /** The host part, lower case, without a {@code www.} prefix; empty when there is none. */
  static String host(String url) {
    return read(url).host();
  }

  /**
   * Whether the URL has a usable host. On the web ({@code http}, {@code https}, {@code ftp}) that
   * is a dotted name whose labels are well formed and whose top-level part is two or more
   * letters (any script, or punycode), an IPv4 address, or {@code localhost}: {@code https://h}
   * is a URL cut short, not a host. An app's link ({@code overcast://}, {@code pktc://}) needs
   * something after its scheme. Without a scheme, it is {@link #isLink(String)}.
   */
  static boolean hasHost(String url) {
    return read(url).hasHost();
  }

  /** What the URL points at, by its host; with or without a scheme. */
  public static LinkKind kind(String url) {
    return read(url).kind();
  }

  /**
   * {@code ww.}, {@code wwww.}, {@code w.} before a name: a {@code www.} mistyped, so the name
   * it leads to is not the one meant ({@code w.org} alone stays a name).
   */
  private static boolean isMistypedWww(String label) {
    return label.length() != 3 && label.chars().allMatch(c -> c == 'w' || c == 'W');
  }

  /** "Today", "New": a word that starts a sentence glued to the one before, not a domain. */
  private static boolean isCapitalised(String tld) {
    return tld.length() > 1
        && Character.isUpperCase(tld.charAt(0))
        && !tld.chars().skip(1).allMatch(Character::isUpperCase);
  }

  // ---------------------------------------------------------------- reading

  /**
   * One reading of the URL a token starts with, made once and asked everything: {@code
   * schemeEnd} is the index after {@code ://} (0 without a scheme), the host is {@code
   * [hostStart, hostEnd)} with its top-level part from {@code tldStart}, {@code end} is where
   * the URL ends, and {@code valid} whether its host is usable.
   */
  public record Url(String token, int schemeEnd, int hostStart, int hostEnd, int tldStart, int end,
      boolean valid) {

    /** The URL, without what ends the sentence around it: see {@link Urls#trim(String)}. */
    public String text() {
      return token.substring(0, end);
    }

    /** See {@link Urls#isLink(String)}. */
    public boolean isLink() {
      if (schemeEnd > 0 || !valid) {
        return false;
      }
      String tld = token.substring(tldStart, hostEnd);
      if (!TopLevelDomains.isKnown(tld) || isCapitalised(tld)) {
        return false;
      }
      String[] labels = token.substring(0, hostEnd).split("\\.");
      if (labels.length > 2 && isMistypedWww(labels[0])) {
        return false;
      }
      boolean bare = hostEnd == end && !labels[0].equalsIgnoreCase("www");
      return !(bare && labels.length == 2 && FILE_EXTENSIONS.contains(tld.toLowerCase(Locale.ROOT)));
    }

    /** See {@link Urls#hasHost(String)}: of the whole token. */
    boolean hasHost() {
      return schemeEnd > 0 ? valid : isLink();
    }

    /**
     * Whether the URL the token starts with, without what ends the sentence around it ({@link
     * #text()}), has a host: a link is judged by the text the page keeps of it. The whole token
     * can read otherwise: {@code app://:80?} read whole is an app's link with an empty query.
     */
    public boolean textHasHost() {
      return end == token.length() ? hasHost() : read(text()).textHasHost();
    }

    /** See {@link Urls#host(String)}. */
    String host() {
      String host = token.substring(hostStart, hostEnd).toLowerCase(Locale.ROOT);
      for (String prefix : new String[] {"www.", "m.", "mobile."}) {
        if (host.startsWith(prefix)) {
          host = host.substring(prefix.length());
        }
      }
      return host;
    }

    /** See {@link Urls#kind(String)}. */
    public LinkKind kind() {
      return Platform.kindOfHost(host());
    }
  }

  /** Reads the URL {@code s} starts with. */
  public static Url read(String s) {
    int schemeEnd = schemeEnd(s);
    String scheme = schemeEnd > 0 ? s.substring(0, schemeEnd - 3).toLowerCase(Locale.ROOT) : "";
    boolean web = schemeEnd == 0 || WEB_SCHEMES.contains(scheme);
    int hostStart = schemeEnd;
    if (schemeEnd > 0) {
      // User info ("user:pass@") is made of the few characters RFC 3986 allows in it, so that
      // "[a](https://a.com)[b](mailto:b@c.com)" is not read as user info up to that '@'.
      int userEnd = skip(s, schemeEnd, Urls::isUserInfoChar);
      if (userEnd < s.length() && s.charAt(userEnd) == '@') {
        hostStart = userEnd + 1;
      }
    }
    int hostEnd = hostEnd(s, hostStart);
    int tldStart = s.lastIndexOf('.', hostEnd - 1) + 1;
    if (tldStart <= hostStart) {
      tldStart = hostStart;
    }
    boolean valid = web ? isHost(s, hostStart, hostEnd, schemeEnd > 0) : hostEnd > hostStart;
    int end = hostEnd;
    if (end < s.length() && s.charAt(end) == ':' && end + 1 < s.length() && isDigit(s.charAt(end + 1))) {
      int portEnd = skip(s, end + 1, Urls::isDigit);
      valid &= portEnd - end - 1 <= 5 && Integer.parseInt(s.substring(end + 1, portEnd)) <= 65535;
      end = portEnd;
    }
    if (schemeEnd == 0 && end < s.length() && s.charAt(end) == '@') {
      valid = false; // name@example.com, name.example.com@mail.com: an e-mail address
    }
    if (web && s.substring(hostStart, hostEnd).equalsIgnoreCase("t.co")) {
      return tco(s, schemeEnd, hostStart, hostEnd, tldStart, end, valid);
    }
    if (end < s.length() && "/?#".indexOf(s.charAt(end)) >= 0) {
      end = rest(s, end);
    } else if (!web) {
      end = rest(s, end); // an app's link may hold anything after its scheme
      valid = end > schemeEnd;
    }
    return new Url(s, schemeEnd, hostStart, hostEnd, tldStart, end, valid);
  }

  /** The index after {@code scheme://}, or 0: a letter, then letters, digits, {@code + - .}. */
  private static int schemeEnd(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
      return 0;
    }
    int i = skip(s, 1, c -> isAsciiLetter(c) || isDigit(c) || c == '+' || c == '-' || c == '.');
    return s.startsWith("://", i) ? i + 3 : 0;
  }

  /**
   * Where the host ends: at the first character no host name holds, or where a known
   * top-level domain runs straight into CJK text ({@code twitter.jp日本語}), as twitter-text does
   * for pages written without spaces.
   */
  private static int hostEnd(String s, int start) {
    int labelStart = start;
    boolean asciiLabel = true; // the label so far is ASCII letters
    int i = start;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (!isHostChar(c)) {
        break;
      }
      if (c == '.') {
        labelStart = i + 1;
        asciiLabel = true;
      } else if (isUnspacedScript(c) && asciiLabel && labelStart > start && i > labelStart
          && i - labelStart <= MAX_TLD && TopLevelDomains.isKnown(s.substring(labelStart, i))) {
        break;
      } else {
        asciiLabel &= isAsciiLetter(c);
      }
      i += Character.charCount(c);
    }
    while (i > start && s.charAt(i - 1) == '.') {
      i--; // "Visit example.com." ends a sentence
    }
    return i;
  }

  /**
   * Whether {@code [start, end)} is a host a web link may name: {@code localhost} or an IPv4
   * address (only after a scheme), or dotted labels of letters, digits and inner hyphens, at most
   * 63 characters each, with underscores only in sub-domains, and a top-level part of two or more
   * letters or punycode. A punycode label ({@code xn--}) is ASCII.
   */
  private static boolean isHost(String s, int start, int end, boolean scheme) {
    boolean localhost = end - start == LOCALHOST.length()
        && s.regionMatches(true, start, LOCALHOST, 0, LOCALHOST.length());
    if (scheme && (localhost || isIpv4(s.substring(start, end)))) {
      return true;
    }
    if (end - start > MAX_HOST) {
      return false;
    }
    // The labels are read in place: a page holds dozens of URLs, each checked here.
    int dots = 0;
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == '.') {
        dots++;
      }
    }
    if (dots == 0) {
      return false;
    }
    int labelStart = start;
    for (int label = 0; label < dots; label++) {
      int labelEnd = s.indexOf('.', labelStart); // one of the dots counted: before end
      if (!isLabel(s, labelStart, labelEnd, label < dots - 1)) {
        return false;
      }
      labelStart = labelEnd + 1;
    }
    return isLabel(s, labelStart, end, false) && isTopLevel(s.substring(labelStart, end));
  }

  private static boolean isLabel(String s, int start, int end, boolean subdomain) {
    if (start == end || s.codePointCount(start, end) > MAX_LABEL) {
      return false;
    }
    char first = s.charAt(start);
    char last = s.charAt(end - 1);
    if (first == '-' || first == '_' || last == '-' || last == '_') {
      return false;
    }
    if (!subdomain) {
      for (int i = start; i < end; i++) {
        if (s.charAt(i) == '_') {
          return false;
        }
      }
    }
    if (end - start >= 4 && s.regionMatches(true, start, "xn--", 0, 4)) {
      for (int i = start; i < end; i++) {
        char c = s.charAt(i);
        if (c >= 0x80 || !(Character.isLetterOrDigit(c) || c == '-')) {
          return false;
        }
      }
    }
    return true;
  }

  /** Two or more letters (any script, with their marks), or ASCII punycode. */
  private static boolean isTopLevel(String label) {
    if (label.regionMatches(true, 0, "xn--", 0, 4)) {
      return label.length() > 4;
    }
    if (label.codePointCount(0, label.length()) < 2) {
      return false;
    }
    for (int i = 0; i < label.length(); ) {
      int c = label.codePointAt(i);
      if (!Character.isLetter(c) && !isMark(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isIpv4(String host) {
    if (host.isEmpty() || !isDigit(host.charAt(0))) {
      return false; // the usual case, told without splitting
    }
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Urls::isDigit)
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /**
   * A t.co link is its slug of letters and digits and an optional query, nothing more: Twitter
   * writes them glued to what follows ({@code http://t.co/abc's}, {@code http://t.co/abc-}).
   */
  private static Url tco(String s, int schemeEnd, int hostStart, int hostEnd, int tldStart, int end,
      boolean valid) {
    if (end < s.length() && s.charAt(end) == '/') {
      int slugEnd = skip(s, end + 1, c -> c < 0x80 && Character.isLetterOrDigit(c));
      valid &= slugEnd - end - 1 <= MAX_TCO_SLUG;
      end = slugEnd;
      if (end < s.length() && s.charAt(end) == '?') {
        end = rest(s, end);
      }
    }
    return new Url(s, schemeEnd, hostStart, hostEnd, tldStart, end, valid);
  }

  /**
   * Where the path, query and fragment from {@code start} end: at the first character no URL
   * holds or at a closing bracket the URL did not open; then sentence punctuation is taken off
   * the end, and so is an opening bracket or a quote that nothing closes.
   */
  private static int rest(String s, int start) {
    Deque<Character> open = new ArrayDeque<>();
    int i = start;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (endsUrl(c)) {
        break;
      }
      if (c == '(' || c == '[' || c == '{') {
        open.push((char) c);
      } else if (c == ')' || c == ']' || c == '}') {
        if (open.isEmpty() || open.peek() != opening((char) c)) {
          break;
        }
        open.pop();
      }
      i += Character.charCount(c);
    }
    int end = i;
    while (end > start) {
      char c = s.charAt(end - 1);
      if (".,;:!?*\u2026".indexOf(c) >= 0 || c == '(' || c == '[' || c == '{') {
        end--;
      } else if ((c == '\'' || c == '\u2019') && count(s, start, end - 1, c) % 2 == 0) {
        end--; // a quote the URL does not open ("'http://example.com/'"), not "/'a'"
      } else {
        break;
      }
    }
    return end;
  }

  private static char opening(char closing) {
    return closing == ')' ? '(' : closing == ']' ? '[' : '{';
  }

  private static int count(String s, int start, int end, char c) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------- characters

  /**
   * Characters that end a URL wherever they are: blanks and controls, {@code < > " `} (HTML and
   * markdown around a URL), curly double quotes, direction marks, and CJK text and punctuation,
   * which runs into a URL without a blank.
   */
  private static boolean endsUrl(int c) {
    if (Blanks.isBlank(c) || Character.isISOControl(c)) {
      return true;
    }
    if ("<>\"`\u201C\u201D".indexOf(c) >= 0 || isDirectionMark(c)) {
      return true;
    }
    return isUnspacedScript(c) || isCjkPunctuation(c);
  }

  /** Letters, digits, marks and symbols of a (possibly international) host name, and {@code -_.}. */
  private static boolean isHostChar(int c) {
    if (c < 0x80) {
      return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    } else if (c == 0x200C || c == 0x200D || isUnspacedScript(c)) {
      return true; // joiners of Indic names; CJK names (http://ああ.com), cut at their domain
    } else if (endsUrl(c)) {
      return false;
    }
    return Character.isLetterOrDigit(c) || isMark(c) || Character.getType(c) == Character.OTHER_SYMBOL;
  }

  /** Unreserved characters, percent escapes, sub-delimiters but brackets, and the colon. */
  private static boolean isUserInfoChar(int c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || "-._~%!$&'*+,;=:".indexOf(c) >= 0);
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Scripts written without blanks between words, so a URL ends where they start. */
  private static boolean isUnspacedScript(int c) {
    if (c < 0x2E80) {
      return c >= 0x0E00 && c <= 0x0EFF; // Thai, Lao
    }
    UnicodeScript script = UnicodeScript.of(c);
    return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA || script == UnicodeScript.HANGUL;
  }

  /** CJK symbols and punctuation (。、「」), and full-width forms (｜（）！). */
  private static boolean isCjkPunctuation(int c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
  }

  private static boolean isDirectionMark(int c) {
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private interface CharTest {
    boolean test(int c);
  }

  /** The index of the first character from {@code i} that fails the test. */
  private static int skip(String s, int i, CharTest test) {
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (!test.test(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }
}
