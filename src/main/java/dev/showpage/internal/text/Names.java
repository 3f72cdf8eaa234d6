package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds people's names in titles and prose, from the phrases show notes use to introduce a
 * guest ("with Jesse Hanley", "I talk to Kent C. Dodds", "Ben and Aaron discuss", "DHH
 * discusses"), and completes a first name from the fullest form the text gives.
 */
public final class Names {

  /** A name and where in its text (word index) it was found. */
  public record Mention(String name, int wordIndex) {}

  private static final Set<String> TALK_VERBS =
      Set.of("talk", "talks", "talking", "speak", "speaks", "chat", "chats", "sit", "sits");
  private static final Set<String> DISCUSS_VERBS =
      Set.of("discuss", "discusses", "talk", "talks", "chat", "chats", "explore", "explores");
  private static final Set<String> SUBJECT_VERBS =
      Set.of("discusses", "joins", "talks", "explains", "shares", "returns");

  private Names() {}

  /** Guests a title or a paragraph introduces, in the order the text names them. */
  public static List<Mention> introduced(String text, boolean isTitle) {
    if (!isTitle && !mayIntroduce(text)) {
      return List.of(); // most prose introduces no one: skip the word-by-word reading
    }
    List<String> words = words(text);
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = core(words.get(i)).toLowerCase(Locale.ROOT);
      int start = -1;
      if ((w.equals("with") || w.equals("avec")) && !endsPhrase(words.get(i))) {
        start = i + 1;
      } else if ((w.equals("to") || w.equals("down")) && i > 0
          && TALK_VERBS.contains(core(words.get(i - 1)).toLowerCase(Locale.ROOT))) {
        start = i + 1;
        if (w.equals("down") && i + 1 < words.size()
            && core(words.get(i + 1)).equalsIgnoreCase("with")) {
          start = i + 2;
        }
      }
      if (start > 0) {
        start = afterRole(words, start);
        int end = nameEnd(words, start);
        if (end - start >= 2) {
          found.add(new Mention(join(words, start, end), start));
          // "with Monica Sarbu and Tudor Golubenco"
          if (end + 1 < words.size() && !endsPhrase(words.get(end - 1))
              && core(words.get(end)).equals("and")) {
            int next = nameEnd(words, end + 1);
            if (next - (end + 1) >= 2) {
              found.add(new Mention(join(words, end + 1, next), end + 1));
            }
          }
        }
      }
    }
    // "DHH discusses ..." (titles), "Ben and Aaron discuss", "Carl Sverre and I discuss"
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && isNameWord(words.get(i - 1)) && !endsPhrase(words.get(i - 1))) {
        continue;
      }
      int end = nameEnd(words, i);
      if (end == i || end >= words.size()) {
        continue;
      }
      String after = core(words.get(end)).toLowerCase(Locale.ROOT);
      if (isTitle && SUBJECT_VERBS.contains(after)) {
        found.add(new Mention(join(words, i, end), i));
      } else if (after.equals("and") && end + 1 < words.size()) {
        int second = end + 1;
        int secondEnd = core(words.get(second)).equals("I") ? second + 1 : nameEnd(words, second);
        if (secondEnd > second && secondEnd < words.size()
            && DISCUSS_VERBS.contains(core(words.get(secondEnd)).toLowerCase(Locale.ROOT))) {
          found.add(new Mention(join(words, i, end), i));
          if (!core(words.get(second)).equals("I")) {
            found.add(new Mention(join(words, second, secondEnd), second));
          }
        }
      }
    }
    if (isTitle) {
      titleSegmentName(text).ifPresent(name -> found.add(new Mention(name, words.indexOf(
          words.stream().filter(w -> core(w).equals(firstWord(name))).findFirst().orElse("")))));
    }
    found.sort(java.util.Comparator.comparingInt(Mention::wordIndex));
    return found;
  }

  /**
   * Whether a paragraph holds a word that the phrases above start from ("with", "avec", "to",
   * "down", "and"), in any case: without one it introduces no one.
   */
  private static boolean mayIntroduce(String text) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        int length = i - start;
        if (length >= 2 && length <= 4) {
          for (String key : INTRODUCING_WORDS) {
            if (key.length() == length && text.regionMatches(true, start, key, 0, length)) {
              return true;
            }
          }
        }
        start = -1;
      }
    }
    return false;
  }

  private static final String[] INTRODUCING_WORDS = {"with", "avec", "to", "down", "and"};

  /** Characters of a guest-list line ("Name, role at Some Company") at most. */
  private static final int LISTED_LINE_MAX_CHARS = 160;

  /** How many words {@link #words} would give, without making them. */
  public static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = text.charAt(i) == ' ';
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /**
   * The name a line of a guest list starts with ("Matt Berlin, co-founder IFRobotics",
   * "Gloria Allen"): two or three name words, then the line's end or a comma; else empty.
   */
  public static java.util.Optional<String> listedName(String line) {
    if (line.isEmpty() || !Character.isUpperCase(line.codePointAt(0))
        || line.length() > LISTED_LINE_MAX_CHARS) {
      return java.util.Optional.empty(); // a name line starts with a capital and is short
    }
    List<String> words = words(line);
    int end = nameEnd(words, 0);
    if (end >= 2 && end <= 3 && (end == words.size() || words.get(end - 1).endsWith(","))) {
      return java.util.Optional.of(join(words, 0, end));
    }
    return java.util.Optional.empty();
  }

  /**
   * "#979 - Dwarkesh Patel - AI Safety", "#9: Dwarkesh Patel", "Great teams | Lane Shackleton
   * (CPO of Coda)": a title part that is only a name, right after the episode's number or
   * followed by the guest's role in brackets.
   */
  private static java.util.Optional<String> titleSegmentName(String title) {
    String[] parts = TITLE_PARTS.split(title);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].trim();
      boolean afterNumber = i > 0 && EPISODE_NUMBER.matcher(parts[i - 1].trim()).matches();
      int bracket = part.indexOf(" (");
      boolean withRole = bracket > 0 && part.endsWith(")");
      if (withRole) {
        part = part.substring(0, bracket);
      }
      if (!afterNumber && !withRole) {
        continue;
      }
      List<String> words = words(part);
      if (words.size() >= 2 && words.size() <= 3 && nameEnd(words, 0) == words.size()
          && !endsPhrase(words.get(words.size() - 1))) {
        return java.util.Optional.of(join(words, 0, words.size()));
      }
    }
    return java.util.Optional.empty();
  }

  /** The separators between the parts of a title: " - ", " – ", " — ", " | ", ": ". */
  private static final java.util.regex.Pattern TITLE_PARTS =
      java.util.regex.Pattern.compile(" [-\u2013\u2014|] |: ");
  /** "#979", "Ep. 12", "Episode 3", "42": a title part that is only the episode's number. */
  private static final java.util.regex.Pattern EPISODE_NUMBER =
      java.util.regex.Pattern.compile("(#|Ep\\.? ?|Episode )?\\d+");

  private static final Set<String> ROLES = Set.of("ceo", "cto", "cpo", "coo", "cfo", "vp",
      "founder", "co-founder", "cofounder", "president", "director", "dr", "prof", "professor");

  /** "with Chroma CTO Hammad Bashir": the name starts after the role words. */
  private static int afterRole(List<String> words, int start) {
    int end = nameEnd(words, start);
    int from = start;
    for (int i = start; i < end; i++) {
      if (ROLES.contains(core(words.get(i)).toLowerCase(Locale.ROOT)) && end - (i + 1) >= 2) {
        from = i + 1;
      }
    }
    return from;
  }

  /**
   * The longest name in {@code texts} (each already split into {@link #words}) that starts
   * with {@code name}'s words ("Søren" → "Søren Bramer Schmidt"); {@code name} itself when no
   * text gives more.
   */
  public static String fullest(String name, List<List<String>> texts) {
    List<String> target = words(name);
    String first = target.get(0);
    String best = name;
    int bestWords = target.size();
    for (List<String> words : texts) {
      for (int i = 0; i + target.size() <= words.size(); i++) {
        // A cheap look at the first word before the exact comparison.
        if (!words.get(i).startsWith(first) && !words.get(i).contains(first)) {
          continue;
        }
        if (!matches(words, i, target)) {
          continue;
        }
        int end = nameEnd(words, i);
        if (end - i > bestWords) {
          best = join(words, i, end);
          bestWords = end - i;
        }
      }
    }
    return best;
  }

  /** Whether {@code shortName} is the first word (or all) of {@code fullName}. */
  public static boolean sameFirstName(String a, String b) {
    return firstWord(a).equals(firstWord(b));
  }

  public static String firstWord(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  /** A capitalised word, an initial ("C."), or an all-capitals short name ("DHH"). */
  public static boolean isNameWord(String raw) {
    String w = core(raw);
    if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
      return false;
    }
    if (w.length() == 1) {
      return raw.endsWith(".");
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return !w.equals("I") && !STOP_WORDS.contains(w);
  }

  private static final Set<String> STOP_WORDS =
      Set.of("The", "A", "An", "In", "On", "We", "They", "He", "She", "It", "This", "That",
          "My", "Our", "His", "Her", "Their", "And", "But", "Or", "What", "Why", "How", "When");

  private static int nameEnd(List<String> words, int start) {
    int end = start;
    while (end < words.size() && isNameWord(words.get(end))
        && !(end > start && words.get(end).startsWith("("))) {
      end++;
      if (endsPhrase(words.get(end - 1))) {
        break;
      }
    }
    return end;
  }

  private static boolean matches(List<String> words, int at, List<String> target) {
    for (int j = 0; j < target.size(); j++) {
      if (!core(words.get(at + j)).equals(core(target.get(j)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether punctuation after the word ends the phrase (a comma, a bracket, a full stop). */
  private static boolean endsPhrase(String raw) {
    char last = raw.charAt(raw.length() - 1);
    if (last == '.' && core(raw).length() == 1) {
      return false; // an initial
    }
    return ",.;:!?)\u201D\"".indexOf(last) >= 0;
  }

  private static String join(List<String> words, int from, int to) {
    StringBuilder name = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (name.length() > 0) {
        name.append(' ');
      }
      String w = words.get(i);
      String core = core(w);
      name.append(core.length() == 1 && w.endsWith(".") ? core + "." : core);
    }
    return name.toString();
  }

  /** The word without the punctuation around it. */
  public static String core(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && !Character.isLetterOrDigit(raw.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }

  /**
   * The text's words: its runs of characters between spaces. Only {@code ' '} splits, not every
   * {@link Blanks blank}: the text is collapsed, so a single space is the only blank left in it,
   * and {@link #wordCount} counts the same words.
   */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ') {
        if (i > start) {
          words.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words;
  }
}
