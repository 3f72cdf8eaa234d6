package dev.showpage.internal.episode;

import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.DateOrder;
import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import dev.showpage.internal.episode.EpisodeDraft.LinkItem;
import dev.showpage.internal.episode.EpisodeDraft.NameRef;
import dev.showpage.internal.episode.EpisodeDraft.Prose;
import dev.showpage.internal.episode.EpisodeDraft.Section;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Counts;
import dev.showpage.internal.text.Durations;
import dev.showpage.internal.text.Names;
import dev.showpage.internal.text.Platform;
import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.Person;
import dev.showpage.model.Promotion;
import dev.showpage.model.Role;
import dev.showpage.model.SourcePosition;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Turns what a card says ({@link EpisodeDraft}) into an {@link Episode}: converts the date,
 * duration and chapter times, resolves who is who, and sorts each URL into a person's links,
 * the episode's links or its promotions.
 */
public final class EpisodeAssembler {

  private static final Set<String> CALL_TO_ACTION =
      Set.of("want", "get", "check", "try", "join", "subscribe", "sign", "use", "download", "grab",
          "support", "visit", "learn", "listen", "buy", "save", "claim", "start", "book",
          "register");
  private static final int PROMOTION_MIN_WORDS = 6;
  private static final List<String> GUEST_HEADINGS =
      List.of("guests:", "guest:", "in the episode:", "in this episode:", "featuring:");

  private final DateOrder dateOrder;
  private final Optional<LocalDate> referenceDate;
  private final Diagnostics diagnostics;
  private final SourceText source;

  /**
   * @param dateOrder the order of numeric dates on this page: the parser's, or the one the
   *     page's own dates settle
   */
  public EpisodeAssembler(ParseSession session, DateOrder dateOrder) {
    this.source = session.source();
    this.dateOrder = dateOrder;
    this.referenceDate = session.settings().referenceDate();
    this.diagnostics = session.diagnostics();
  }

  public Episode assemble(EpisodeDraft card, int rank) {
    Optional<LocalDate> released = Optional.empty();
    if (card.dateToken != null) {
      released = ReleaseDates.of(card.dateToken, dateOrder, referenceDate);
      if (released.isEmpty() && card.dateToken.getType() == EpisodePageLexer.RELATIVE_DATE) {
        diagnostics.report(DiagnosticCode.RELATIVE_DATE, card.dateToken, "'" + card.dateToken.getText()
            + "' is relative to a day the parser was not given (set a reference date)");
      } else if (released.isEmpty() && card.dateToken.getType() == EpisodePageLexer.NUMERIC_DATE) {
        diagnostics.report(DiagnosticCode.INVALID_DATE, card.dateToken,
            "'" + card.dateToken.getText() + "' is not a date in " + dateOrder + " order");
      } else if (released.isEmpty()) {
        diagnostics.report(DiagnosticCode.INVALID_DATE, card.dateToken,
            "'" + card.dateToken.getText() + "' is not a day of the calendar");
      }
    }
    Optional<Duration> duration = card.playerLength != null && card.durationTokens.isEmpty()
        ? Durations.timestamp(card.playerLength.getText())
        : Durations.total(card.durationTokens.stream().map(Token::getText).toList());
    if (duration.isEmpty() && !card.durationTokens.isEmpty()) {
      diagnostics.report(DiagnosticCode.INVALID_DURATION, card.durationTokens.get(0),
          "the duration is too large to be an episode's length");
    }
    OptionalInt listeners = card.listenersToken == null
        ? OptionalInt.empty()
        : Counts.ofDigitsIn(card.listenersToken.getText());

    List<Chapter> chapters = List.of();
    List<Prose> prose = card.prose();
    if (!card.chapterRuns().isEmpty()) {
      ChapterLists.Decision decision =
          ChapterLists.decide(card.chapterRuns(), duration, diagnostics);
      chapters = decision.chapters();
      prose = withTextOf(decision.rejected(), prose);
    }
    People people = new People(card, prose);
    List<Link> links = new ArrayList<>();
    List<Promotion> promotions = new ArrayList<>();
    for (LinkItem item : card.links()) {
      Link link = new Link(Optional.ofNullable(item.label), item.url, item.kind,
          Optional.ofNullable(item.note));
      if (item.section == Section.FOLLOW && !item.group.isEmpty()) {
        people.addGroupLink(item, link);
      } else if (item.section == Section.PROSE && people.addNamedLink(item, link)) {
        continue;
      } else if (item.section == Section.PROSE && item.label != null && isPromotion(item.label)) {
        // A note after the URL ("- use code SCHOOL") is part of what the promotion says.
        String text = item.note == null ? item.label : item.label + " - " + item.note;
        promotions.add(new Promotion(text, Optional.of(item.url)));
      } else {
        links.add(link);
      }
    }

    return new Episode(
        rank,
        Optional.ofNullable(card.title),
        Optional.ofNullable(card.show),
        released,
        duration,
        listeners,
        description(prose),
        people.build(),
        links,
        promotions,
        chapters,
        new SourcePosition(card.firstToken.getLine(), diagnostics.column(card.firstToken)));
  }

  private static boolean isPromotion(String label) {
    List<String> words = Names.words(label);
    String first = Names.core(words.get(0)).toLowerCase(Locale.ROOT);
    return label.indexOf('?') >= 0 || CALL_TO_ACTION.contains(first)
        || words.size() >= PROMOTION_MIN_WORDS;
  }

  /** "1. Title", "12) Title": an item of a numbered list. */
  private static boolean isListItem(String text) {
    int i = 0;
    while (i < text.length() && i < 3 && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i > 0 && i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')
        && text.charAt(i + 1) == ' ';
  }

  /** Pieces of one line are joined by a space, lines by a line break. */
  private static Optional<String> description(List<Prose> prose) {
    if (prose.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    int line = -1;
    for (Prose piece : prose) {
      if (text.length() > 0) {
        text.append(piece.at().getLine() == line ? " " : "\n");
      }
      text.append(piece.text());
      line = piece.at().getLine();
    }
    return Optional.of(text.toString());
  }

  /** The prose with the text of the chapter runs that are no list back where it stood. */
  private List<Prose> withTextOf(List<ChapterRun> rejected, List<Prose> prose) {
    if (rejected.isEmpty()) {
      return prose;
    }
    List<Prose> all = new ArrayList<>(prose);
    for (ChapterRun run : rejected) {
      for (ChapterItem item : run.items()) {
        all.add(new Prose(item.first, source.between(item.first, item.last)));
      }
    }
    all.sort(Comparator.comparingLong(p -> EpisodeDraft.order(p.at())));
    return all;
  }

  /** The people of one card, keyed by first name, in order of first mention. */
  private final class People {

    private final class Draft {
      String name;
      long order;
      final List<Link> links = new ArrayList<>();

      Draft(String name, long order) {
        this.name = name;
        this.order = order;
      }
    }

    private final Map<String, Draft> byFirstName = new LinkedHashMap<>();
    /** The card's texts, split into words only when someone's name is to be completed. */
    private final List<String> texts = new ArrayList<>();
    private List<List<String>> textWords;

    People(EpisodeDraft card, List<Prose> prose) {
      if (card.title != null) {
        texts.add(card.title);
        for (Names.Mention m : Names.introduced(card.title, true)) {
          mention(m.name(), Long.MIN_VALUE + m.wordIndex());
        }
      }
      for (Prose piece : prose) {
        texts.add(piece.text());
        if (isListItem(piece.text())) {
          continue; // "2. Wisdom from 50 years in software with Brian Kernighan": another episode
        }
        for (Names.Mention m : Names.introduced(piece.text(), false)) {
          mention(m.name(), EpisodeDraft.order(piece.at()) + m.wordIndex());
        }
      }
      listedGuests(prose);
      for (NameRef ref : card.names) {
        mention(ref.name(), ref.order());
      }
      for (LinkItem item : card.links()) {
        String person = personBeforeOn(item.label);
        if (person != null && (item.section == Section.PROSE || inGroup(item, person) != null)) {
          texts.add(person);
          mention(person, EpisodeDraft.order(item.at));
        }
      }
    }

    /**
     * Guest lists: the lines after "Guests:" or "In the episode:" (and the rest of that line),
     * or two or more lines in a row that are each a name, maybe with a role after a comma.
     */
    private void listedGuests(List<Prose> prose) {
      int i = 0;
      while (i < prose.size()) {
        int j = i + 1;
        while (j < prose.size()
            && prose.get(j).at().getLine() == prose.get(j - 1).at().getLine() + 1) {
          j++;
        }
        List<Prose> group = prose.subList(i, j);
        List<Prose> listed = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
          String text = group.get(k).text();
          for (String heading : GUEST_HEADINGS) {
            if (text.regionMatches(true, 0, heading, 0, heading.length())) {
              String rest = text.substring(heading.length()).trim();
              List<Prose> after = new ArrayList<>();
              if (!rest.isEmpty()) {
                after.add(new Prose(group.get(k).at(), rest));
              }
              after.addAll(group.subList(k + 1, group.size()));
              for (Prose line : after) {
                Names.listedName(line.text()).ifPresent(
                    n -> mention(n, EpisodeDraft.order(line.at())));
              }
              k = group.size();
              break;
            }
          }
          if (k < group.size() && Names.listedName(text).isPresent()) {
            listed.add(group.get(k));
          }
        }
        if (listed.size() >= 2 && listed.size() == group.size()) {
          for (Prose line : listed) {
            mention(Names.listedName(line.text()).get(), EpisodeDraft.order(line.at()));
          }
        }
        i = j;
      }
    }

    private void mention(String name, long order) {
      Draft draft = byFirstName.get(Names.firstWord(name));
      if (draft == null) {
        byFirstName.put(Names.firstWord(name), new Draft(name, order));
      } else {
        draft.order = Math.min(draft.order, order);
        if (Names.words(name).size() > Names.words(draft.name).size()) {
          draft.name = name;
        }
      }
    }

    /** A link under "Follow X & Y:" goes to the person its label names, else to the first. */
    void addGroupLink(LinkItem item, Link link) {
      String named = inGroup(item, personBeforeOn(item.label));
      String target = item.group.get(0);
      if (named != null) {
        target = named;
        link = withLabel(link, item.label.substring(named.length() + 4));
      } else if (inGroup(item, item.label) != null && Names.words(item.label).size() == 1) {
        target = item.label;
        link = withLabel(link, null);
      }
      byFirstName.get(Names.firstWord(target)).links.add(link);
    }

    /** "Ben Johnson on Twitter: URL", or "Kent: URL" where Kent is a person of the card. */
    boolean addNamedLink(LinkItem item, Link link) {
      if (item.label == null) {
        return false;
      }
      String person = personBeforeOn(item.label);
      if (person != null) {
        byFirstName.get(Names.firstWord(person)).links
            .add(withLabel(link, item.label.substring(person.length() + 4)));
        return true;
      }
      Draft draft = byFirstName.get(Names.firstWord(item.label));
      if (draft != null && (item.label.equals(draft.name)
          || item.label.equals(Names.firstWord(draft.name)))) {
        draft.links.add(withLabel(link, null));
        return true;
      }
      return false;
    }

    List<Person> build() {
      List<Draft> drafts = new ArrayList<>(byFirstName.values());
      drafts.sort(Comparator.comparingLong(d -> d.order));
      List<Person> people = new ArrayList<>();
      for (Draft draft : drafts) {
        if (textWords == null) {
          textWords = new ArrayList<>(texts.size());
          for (String text : texts) {
            textWords.add(Names.words(text));
          }
        }
        String name = Names.fullest(draft.name, textWords);
        // Everyone is a guest until the page is read; then Hosts tells who hosts.
        people.add(new Person(name, Role.GUEST, draft.links));
      }
      return people;
    }
  }

  /** "Monica on Twitter" gives "Monica"; null when the label is not of that shape. */
  private static String personBeforeOn(String label) {
    if (label == null) {
      return null;
    }
    int on = label.lastIndexOf(" on ");
    if (on <= 0) {
      return null;
    }
    String platform = label.substring(on + 4).trim().toLowerCase(Locale.ROOT);
    String person = label.substring(0, on);
    if (!platform.equals("website") && Platform.named(platform).isEmpty()) {
      return null;
    }
    for (String word : Names.words(person)) {
      if (!Names.isNameWord(word)) {
        return null;
      }
    }
    return person;
  }

  /** {@code name} when it is one of the names of the item's "Follow" group, else null. */
  private static String inGroup(LinkItem item, String name) {
    if (name == null) {
      return null;
    }
    return item.group.stream().anyMatch(g -> Names.sameFirstName(g, name)) ? name : null;
  }

  private static Link withLabel(Link link, String label) {
    return new Link(Optional.ofNullable(label), link.url(), link.kind(), link.note());
  }
}
