package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.internal.episode.ChapterLists.Decision;
import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.Columns;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.model.Chapter;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.antlr.v4.runtime.CommonToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of {@link ChapterLists}, each on a run written here, then as properties of random
 * lists: every seed is a fixed case, so a failure names the seed that reproduces it.
 */
class ChapterListsTest {

  private static final Optional<Duration> UNKNOWN = Optional.empty();

  private Diagnostics diagnostics;
  private int nextLine;

  @BeforeEach
  void freshDiagnostics() {
    diagnostics = new Diagnostics(1000, Columns.of(""));
    nextLine = 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers: an item per line, at column 1 unless told
  // ---------------------------------------------------------------------------------------------

  private static ChapterItem at(int line, int column, String mark, String title) {
    CommonToken token = new CommonToken(EpisodePageLexer.TIMESTAMP, mark);
    token.setLine(line);
    token.setCharPositionInLine(column - 1);
    ChapterItem item = new ChapterItem(token, token, false);
    item.title = title;
    return item;
  }

  /** "00:00 Intro" lines: pairs of mark and title, one line each, from the next free line. */
  private ChapterRun run(boolean headed, String... marksAndTitles) {
    List<ChapterItem> items = new ArrayList<>();
    for (int i = 0; i < marksAndTitles.length; i += 2) {
      items.add(at(nextLine++, 1, marksAndTitles[i], marksAndTitles[i + 1]));
    }
    nextLine++; // a line of something else between runs
    return new ChapterRun(items, headed);
  }

  private Decision decide(Optional<Duration> length, ChapterRun... runs) {
    return ChapterLists.decide(List.of(runs), length, diagnostics);
  }

  private static Optional<Duration> minutes(long m) {
    return Optional.of(Duration.ofMinutes(m));
  }

  private static Chapter chapter(long start, Long end, String title) {
    return new Chapter(Duration.ofSeconds(start),
        Optional.ofNullable(end).map(Duration::ofSeconds), title);
  }

  private List<Diagnostic> found() {
    return diagnostics.sorted();
  }

  private List<String> codes() {
    return found().stream().map(Diagnostic::code).toList();
  }

  private static List<Long> starts(Decision decision) {
    return decision.chapters().stream().map(c -> c.start().getSeconds()).toList();
  }

  private static List<String> titles(Decision decision) {
    return decision.chapters().stream().map(Chapter::title).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Size: a lone time is no list; two entries need a heading, three do not
  // ---------------------------------------------------------------------------------------------

  @Test
  void aLoneTimeInProseIsNoList() {
    ChapterRun lone = run(false, "13:30", "outside the venue!");
    Decision decision = decide(minutes(4), lone);

    assertThat(decision.chapters()).isEmpty();
    assertThat(decision.rejected()).containsExactly(lone);
    assertThat(found()).as("prose may say anything: no diagnostic").isEmpty();
  }

  @Test
  void aLoneTimeUnderAHeadingIsNoListEither() {
    ChapterRun lone = run(true, "00:00", "Intro");
    Decision decision = decide(UNKNOWN, lone);

    assertThat(decision.chapters()).isEmpty();
    assertThat(decision.rejected()).containsExactly(lone);
  }

  @Test
  void twoEntriesAreAListOnlyUnderAHeading() {
    ChapterRun bare = run(false, "00:00", "Intro", "05:00", "Main");
    assertThat(decide(UNKNOWN, bare).rejected()).containsExactly(bare);

    ChapterRun headed = run(true, "00:00", "Intro", "05:00", "Main");
    Decision decision = decide(UNKNOWN, headed);
    assertThat(decision.rejected()).isEmpty();
    assertThat(decision.chapters()).containsExactly(
        chapter(0, 300L, "Intro"),
        chapter(300, null, "Main"));
  }

  @Test
  void threeIncreasingEntriesAreAListWithoutHeading() {
    Decision decision = decide(minutes(20),
        run(false, "00:00", "Intro", "05:10", "Main", "12:00", "Outro"));

    assertThat(decision.rejected()).isEmpty();
    assertThat(decision.chapters()).containsExactly(
        chapter(0, 310L, "Intro"),
        chapter(310, 720L, "Main"),
        chapter(720, 1200L, "Outro"));
    assertThat(found()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Ends
  // ---------------------------------------------------------------------------------------------

  @Test
  void theLastChapterHasNoEndWhenTheLengthIsUnknown() {
    Decision decision = decide(UNKNOWN, run(false, "0:00", "A", "1:00", "B", "2:00", "C"));

    assertThat(decision.chapters().get(2)).isEqualTo(chapter(120, null, "C"));
  }

  @Test
  void theLastChapterEndsAtTheLengthOnlyWhenThatIsAfterItsStart() {
    Decision decision = decide(minutes(2), run(false, "0:00", "A", "1:00", "B", "2:00", "C"));

    assertThat(decision.chapters().get(2).end()).as("a length equal to the start").isEmpty();
    assertThat(found()).as("starting exactly at the end is not past it").isEmpty();
  }

  @Test
  void hoursAreRead() {
    Decision decision = decide(minutes(120),
        run(false, "0:00:00", "A", "59:59", "B", "1:00:00", "C", "01:30:05", "D"));

    assertThat(starts(decision)).containsExactly(0L, 3599L, 3600L, 5405L);
    assertThat(decision.chapters().get(3).end()).contains(Duration.ofMinutes(120));
  }

  // ---------------------------------------------------------------------------------------------
  // Mostly increasing: one slip in a real list is kept, disorder is not
  // ---------------------------------------------------------------------------------------------

  @Test
  void aListWithOneTypoIsKeptWithAnOrderWarningAtTheTypo() {
    // 50:00 was meant as 15:00: the next line, 20:00, is the one that does not follow it.
    Decision decision = decide(minutes(40), run(false,
        "00:00", "Intro", "10:00", "One", "50:00", "Two", "20:00", "Three", "30:00", "Four"));

    assertThat(titles(decision)).containsExactly("Intro", "One", "Two", "Three", "Four");
    assertThat(found()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::severity)
        .containsExactlyInAnyOrder(
            tuple("chapter-order", 4, Severity.WARNING),
            tuple("chapter-past-end", 3, Severity.WARNING));
    // No end before a start: "Two" (50:00) runs to the end of the episode... which is before
    // it, so it has none; "One" ends where the next chapter in time starts.
    assertThat(decision.chapters().get(1).end()).contains(Duration.ofMinutes(20));
    assertThat(decision.chapters().get(2).end()).isEmpty();
  }

  @Test
  void threeEntriesWithoutHeadingMustBeFullyInOrder() {
    ChapterRun bare = run(false, "00:00", "A", "10:00", "B", "05:00", "C");
    assertThat(decide(UNKNOWN, bare).rejected()).containsExactly(bare);
    assertThat(found()).isEmpty();
  }

  @Test
  void aHeadingForgivesOneSlipEvenInAShortList() {
    Decision decision = decide(UNKNOWN, run(true, "00:00", "A", "10:00", "B", "05:00", "C"));

    assertThat(titles(decision)).containsExactly("A", "B", "C");
    assertThat(codes()).containsExactly("chapter-order");
  }

  @Test
  void timesScatteredInProseAreNoList() {
    ChapterRun prose = run(false, "30:00", "we talked", "05:00", "then", "45:00", "and later",
        "12:00", "again", "02:00", "at last");
    Decision decision = decide(UNKNOWN, prose);

    assertThat(decision.chapters()).isEmpty();
    assertThat(decision.rejected()).containsExactly(prose);
    assertThat(found()).isEmpty();
  }

  @Test
  void anEqualStartIsOutOfOrderAndEndsAtTheNextLaterStart() {
    Decision decision = decide(UNKNOWN,
        run(false, "00:00", "A", "05:00", "B", "05:00", "C", "09:00", "D"));

    assertThat(decision.chapters()).containsExactly(
        chapter(0, 300L, "A"),
        chapter(300, 540L, "B"),
        chapter(300, 540L, "C"),
        chapter(540, null, "D"));
    assertThat(found()).extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(tuple("chapter-order", 3));
  }

  // ---------------------------------------------------------------------------------------------
  // First chapter after 0:00, start past the end
  // ---------------------------------------------------------------------------------------------

  @Test
  void aLateFirstChapterIsKeptAsFoundWithAWarning() {
    Decision decision = decide(UNKNOWN, run(false, "00:36", "Bohemian Rhapsody",
        "02:42", "Radio Ga Ga", "06:53", "Ay Oh!"));

    assertThat(decision.chapters().get(0)).isEqualTo(chapter(36, 162L, "Bohemian Rhapsody"));
    assertThat(decision.chapters()).as("no untitled chapter is invented at 0:00").hasSize(3);
    Diagnostic late = found().get(0);
    assertThat(late.code()).isEqualTo("chapter-late-start");
    assertThat(late.severity()).isEqualTo(Severity.WARNING);
    assertThat(late.position()).hasToString("1:1");
  }

  @Test
  void aStartPastTheEndIsAWarningAtItsMark() {
    List<ChapterItem> items = List.of(at(7, 1, "00:00", "A"), at(8, 1, "10:00", "B"),
        at(9, 3, "25:00", "C"));
    Decision decision = ChapterLists.decide(List.of(new ChapterRun(items, false)), minutes(20),
        diagnostics);

    assertThat(titles(decision)).containsExactly("A", "B", "C");
    assertThat(decision.chapters().get(2).end()).isEmpty();
    assertThat(found()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .containsExactly(tuple("chapter-past-end", 9, 3));
  }

  // ---------------------------------------------------------------------------------------------
  // Hour rollover
  // ---------------------------------------------------------------------------------------------

  @Test
  void anHourRolloverIsRepairedWhereTheListCarriesOnInTheNewHour() {
    Decision decision = decide(UNKNOWN, run(false, "00:00", "A", "20:00", "B", "40:00", "C",
        "51:00", "D", "06:00", "E", "15:00", "F"));

    assertThat(starts(decision)).containsExactly(0L, 1200L, 2400L, 3060L, 3960L, 4500L);
    assertThat(decision.chapters().get(3).end()).contains(Duration.ofSeconds(3960));
    assertThat(found()).extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(tuple("chapter-rollover", 5));
    assertThat(found().get(0).message()).contains("51:00").contains("1:06:00");
  }

  @Test
  void anHourRolloverOnTheLastEntryIsRepaired() {
    Decision decision = decide(UNKNOWN,
        run(false, "00:00", "A", "30:00", "B", "51:00", "C", "06:00", "D"));

    assertThat(starts(decision)).containsExactly(0L, 1800L, 3060L, 3960L);
    assertThat(codes()).containsExactly("chapter-rollover");
  }

  @Test
  void severalRolloversAddAnHourEach() {
    Decision decision = decide(UNKNOWN, run(false, "00:00", "A", "30:00", "B", "50:00", "C",
        "05:00", "D", "40:00", "E", "55:00", "F", "10:00", "G", "20:00", "H"));

    assertThat(starts(decision))
        .containsExactly(0L, 1800L, 3000L, 3900L, 6000L, 6900L, 7800L, 8400L);
    assertThat(codes()).containsExactly("chapter-rollover", "chapter-rollover");
  }

  @Test
  void noRolloverWhereTheListWritesHours() {
    Decision decision = decide(UNKNOWN, run(false, "00:00", "A", "51:00", "B", "1:02:00", "C",
        "06:00", "D", "1:10:00", "E"));

    assertThat(starts(decision)).containsExactly(0L, 3060L, 3720L, 360L, 4200L);
    assertThat(codes()).containsExactly("chapter-order");
  }

  @Test
  void noRolloverForALoneOutlierAfterTheDrop() {
    // 05:00 is a slip for 42:00 or so: the list goes on above 40:00.
    Decision decision = decide(UNKNOWN, run(false, "00:00", "A", "20:00", "B", "40:00", "C",
        "05:00", "D", "45:00", "E", "50:00", "F"));

    assertThat(starts(decision)).containsExactly(0L, 1200L, 2400L, 300L, 2700L, 3000L);
    assertThat(codes()).containsExactly("chapter-order");
  }

  @Test
  void noRolloverForALoneOutlierBeforeTheDrop() {
    // 51:00 is a slip for 15:00: 20:00 follows 10:00, the entry before it.
    Decision decision = decide(UNKNOWN, run(false, "00:00", "A", "10:00", "B", "51:00", "C",
        "20:00", "D", "30:00", "E"));

    assertThat(starts(decision)).containsExactly(0L, 600L, 3060L, 1200L, 1800L);
    assertThat(codes()).containsExactly("chapter-order");
  }

  @Test
  void noRolloverForAStepBackOfHalfAnHourOrLess() {
    // 1:15:00 would make "C" a 35-minute chapter between 10-minute ones: read as written.
    Decision decision = decide(UNKNOWN, run(true, "00:00", "A", "20:00", "B", "40:00", "C",
        "15:00", "D"));

    assertThat(starts(decision)).containsExactly(0L, 1200L, 2400L, 900L);
    assertThat(codes()).containsExactly("chapter-order");
  }

  @Test
  void noRolloverPastTheEpisodesLength() {
    Decision decision = decide(minutes(55), run(true, "00:00", "A", "30:00", "B", "51:00", "C",
        "06:00", "D"));

    assertThat(starts(decision)).containsExactly(0L, 1800L, 3060L, 360L);
    assertThat(codes()).containsExactly("chapter-order");
  }

  @Test
  void theHoursAreLookedForInsideBracketedMarks() {
    // The reader hands the mark as the page writes it ("[51:00]", "( 06:00 )"); the start is
    // read inside the brackets.
    List<ChapterItem> bracketed = List.of(
        at(1, 1, "[00:00]", "A"), at(2, 1, "[30:00]", "B"),
        at(3, 1, "[51:00]", "C"), at(4, 1, "( 06:00 )", "D"));
    Decision rolled = decide(UNKNOWN, new ChapterRun(bracketed, false));
    assertThat(starts(rolled)).containsExactly(0L, 1800L, 3060L, 3960L);

    freshDiagnostics();
    List<ChapterItem> withHours = List.of(
        at(1, 1, "[00:00]", "A"), at(2, 1, "[0:30:00]", "B"),
        at(3, 1, "[51:00]", "C"), at(4, 1, "[06:00]", "D"));
    Decision asWritten = decide(UNKNOWN, new ChapterRun(withHours, false));
    assertThat(starts(asWritten)).containsExactly(0L, 1800L, 3060L, 360L);
    assertThat(codes()).containsExactly("chapter-order");
  }

  // ---------------------------------------------------------------------------------------------
  // Invalid times and missing titles do not break the run
  // ---------------------------------------------------------------------------------------------

  @Test
  void anInvalidTimeIsAnErrorAndNoChapterButTheListGoesOn() {
    Decision decision = decide(UNKNOWN, run(false, "00:00", "A", "12:75", "Typo", "20:00", "B",
        "30:00", "C"));

    assertThat(decision.chapters()).containsExactly(
        chapter(0, 1200L, "A"),
        chapter(1200, 1800L, "B"),
        chapter(1800, null, "C"));
    assertThat(found()).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::line)
        .containsExactly(tuple("invalid-timestamp", Severity.ERROR,
            2));
  }

  @Test
  void anInvalidTimeInProseIsNotReported() {
    ChapterRun prose = run(false, "12:75", "is not a time");
    assertThat(decide(UNKNOWN, prose).rejected()).containsExactly(prose);
    assertThat(found()).isEmpty();
  }

  @Test
  void aTimeWithoutTitleIsNoChapterButTheListGoesOn() {
    Decision decision = decide(UNKNOWN, run(false, "00:00", "A", "05:00", "  ", "10:00", "B",
        "15:00", "C"));

    assertThat(decision.chapters()).as("A ends at B: the untitled time is no chapter")
        .containsExactly(
            chapter(0, 600L, "A"),
            chapter(600, 900L, "B"),
            chapter(900, null, "C"));
    assertThat(found()).extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(tuple("chapter-without-title", 2));
  }

  @Test
  void timesWithoutTitlesDoNotCountTowardsTheSize() {
    ChapterRun run = run(false, "00:00", "A", "05:00", "", "10:00", "B");
    assertThat(decide(UNKNOWN, run).rejected()).containsExactly(run);
    assertThat(found()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Titles
  // ---------------------------------------------------------------------------------------------

  @Test
  void consecutiveTrackNumbersAreCut() {
    Decision decision = decide(UNKNOWN, run(false,
        "0:00", "1.  Those Beaten Paths of Confusion",
        "11:47", "2.  Beyond the Shadows of Emptiness & Nothingness",
        "26:30", "3.  Poison Yourself...With Thought"));
    assertThat(titles(decision)).containsExactly("Those Beaten Paths of Confusion",
        "Beyond the Shadows of Emptiness & Nothingness", "Poison Yourself...With Thought");

    assertThat(titles(decide(UNKNOWN, run(true, "0:00:00", "1 - Во прах [Vo prakh]",
        "0:08:10", "2 - Искупление [Iskupleniye]"))))
        .containsExactly("Во прах [Vo prakh]", "Искупление [Iskupleniye]");
    assertThat(titles(decide(UNKNOWN, run(false, "00:00", "01. Emily", "12:08",
        "02. Monkey & Bear", "21:37", "03) Sawdust and Diamonds"))))
        .containsExactly("Emily", "Monkey & Bear", "Sawdust and Diamonds");
  }

  @Test
  void numbersThatDoNotCountUpAreTheTitlesOwn() {
    assertThat(titles(decide(UNKNOWN, run(false, "00:00", "3. Intro", "05:00", "7. Rules",
        "10:00", "9. Outro")))).containsExactly("3. Intro", "7. Rules", "9. Outro");
    assertThat(titles(decide(UNKNOWN, run(false, "00:00", "1. Intro", "05:00", "Main",
        "10:00", "3. Outro")))).containsExactly("1. Intro", "Main", "3. Outro");
    assertThat(titles(decide(UNKNOWN, run(false, "00:00", "7 Habits", "05:00", "8 Rules",
        "10:00", "9.5 Weeks")))).containsExactly("7 Habits", "8 Rules", "9.5 Weeks");
  }

  @Test
  void separatorsLeftFromTheMarkAreCutAndBlanksCollapsed() {
    assertThat(ChapterLists.clean("- Intro")).isEqualTo("Intro");
    assertThat(ChapterLists.clean("\uFF0D tekka")).isEqualTo("tekka");
    assertThat(ChapterLists.clean("] Introduction")).isEqualTo("Introduction");
    assertThat(ChapterLists.clean("): Welcome")).isEqualTo("Welcome");
    assertThat(ChapterLists.clean("Intro -")).isEqualTo("Intro");
    assertThat(ChapterLists.clean("Migration (")).isEqualTo("Migration");
    assertThat(ChapterLists.clean("Intro:")).isEqualTo("Intro");
    assertThat(ChapterLists.clean(" Suite-Pee \u00A0 (Incomplete) ")).isEqualTo(
        "Suite-Pee (Incomplete)");
    assertThat(ChapterLists.clean("-30 degrees")).isEqualTo("-30 degrees");
    assertThat(ChapterLists.clean("Soldier Side - Intro")).isEqualTo("Soldier Side - Intro");
    assertThat(ChapterLists.clean("Is This The World We Created...?"))
        .isEqualTo("Is This The World We Created...?");
    assertThat(ChapterLists.clean(" - ")).isEmpty();
    assertThat(ChapterLists.clean(null)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Several runs
  // ---------------------------------------------------------------------------------------------

  @Test
  void noRunsNoChapters() {
    Decision decision = decide(UNKNOWN);
    assertThat(decision.chapters()).isEmpty();
    assertThat(decision.rejected()).isEmpty();
    assertThat(found()).isEmpty();
  }

  @Test
  void transcriptSpeakerTimesAreNoList() {
    ChapterRun transcript = run(false, "00:22", "Ana", "01:05", "Ben", "02:40", "Ana", "03:10", "Ben",
        "04:00", "Ana", "05:30", "Ben");
    Decision decision = decide(UNKNOWN, transcript);

    assertThat(decision.chapters()).isEmpty();
    assertThat(decision.rejected()).containsExactly(transcript);
    assertThat(found()).isEmpty();
  }

  @Test
  void theFirstListWinsOverATranscriptAfterIt() {
    ChapterRun list = run(true, "00:00", "Intro", "03:00", "Interview", "20:00", "Outro");
    ChapterRun transcript = run(true, "00:22", "Ana", "01:05", "Ben", "02:40", "Ana", "03:10", "Ben",
        "04:00", "Ana", "05:30", "Ben");
    ChapterRun speakers = run(false, "00:10", "Host", "00:40", "Guest", "01:20", "Producer");
    Decision decision = decide(UNKNOWN, list, transcript, speakers);

    assertThat(titles(decision)).containsExactly("Intro", "Interview", "Outro");
    assertThat(decision.rejected()).containsExactly(transcript, speakers);
    // The repeated names are plainly a transcript; three distinct names could be a list, so
    // leaving that one in the text is said.
    assertThat(found()).extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(tuple("chapter-list-ignored", 12));
  }

  @Test
  void theSameListPrintedTwiceIsTakenOnce() {
    ChapterRun first = run(true, "00:00", "Intro", "05:00", "Main", "10:00", "Outro");
    ChapterRun again = run(true, "0:00", "Introduction", "5:00", "The main part", "10:00", "Goodbye");
    Decision decision = decide(UNKNOWN, first, again);

    assertThat(titles(decision)).containsExactly("Intro", "Main", "Outro");
    assertThat(decision.rejected()).as("a copy is no prose").isEmpty();
    assertThat(found()).isEmpty();
  }

  @Test
  void aListCutInTwoIsJoined() {
    ChapterRun part1 = run(true, "00:00", "Intro", "05:00", "Main");
    ChapterRun part2 = run(true, "10:00", "Second half", "15:00", "Outro");
    Decision decision = decide(minutes(20), part1, part2);

    assertThat(decision.chapters()).containsExactly(
        chapter(0, 300L, "Intro"),
        chapter(300, 600L, "Main"),
        chapter(600, 900L, "Second half"),
        chapter(900, 1200L, "Outro"));
    assertThat(decision.rejected()).isEmpty();
  }

  @Test
  void proseRunsAroundTheListGoBackToTheProse() {
    ChapterRun before = run(false, "19:30", "doors open");
    ChapterRun list = run(false, "00:00", "A", "10:00", "B", "20:00", "C");
    ChapterRun after = run(false, "13:30", "see you there");
    Decision decision = decide(UNKNOWN, before, list, after);

    assertThat(titles(decision)).containsExactly("A", "B", "C");
    assertThat(decision.rejected()).containsExactly(before, after);
    assertThat(found()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Properties, on seeded random lists
  // ---------------------------------------------------------------------------------------------

  static IntStream seeds() {
    return IntStream.range(0, 200);
  }

  /** How a page writes times past the hour. */
  enum Style {
    /** 1:06:00 */
    HOURS,
    /** 66:00 */
    MINUTES,
    /** 06:00, the hour left out */
    WRAPPED
  }

  private static String mark(long seconds, Style style) {
    long h = seconds / 3600;
    long m = seconds % 3600 / 60;
    long s = seconds % 60;
    return switch (style) {
      case HOURS -> h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
          : String.format(Locale.ROOT, "%02d:%02d", m, s);
      case MINUTES -> String.format(Locale.ROOT, "%02d:%02d", seconds / 60, s);
      case WRAPPED -> String.format(Locale.ROOT, "%02d:%02d", m, s);
    };
  }

  private static Style written(Random random) {
    return random.nextBoolean() ? Style.HOURS : Style.MINUTES;
  }

  private static final String[] WORDS = {"Intro", "Why", "Postgres", "scales", "and", "the",
      "Cost", "of", "ORMs", "Q&A", "Wrap-up", "(part", "two)", "Ask", "Me", "Anything?"};

  private static String title(Random random, int index) {
    StringBuilder title = new StringBuilder("Topic ").append(index);
    int words = 1 + random.nextInt(5);
    for (int i = 0; i < words; i++) {
      title.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return title.toString();
  }

  private static List<Long> increasing(Random random, int n, long maxGap) {
    List<Long> starts = new ArrayList<>();
    long t = random.nextInt(4) == 0 ? 1 + random.nextInt(120) : 0;
    for (int i = 0; i < n; i++) {
      starts.add(t);
      t += 1 + random.nextLong(maxGap);
    }
    return starts;
  }

  private ChapterRun runOf(List<Long> starts, List<String> titles, boolean headed, Style style) {
    List<ChapterItem> items = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      items.add(at(i + 1, 1, mark(starts.get(i), style), titles.get(i)));
    }
    return new ChapterRun(items, headed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void increasingListsAreKeptWithEndsAtTheNextStart(int seed) {
    Random random = new Random(seed);
    int n = 3 + random.nextInt(38);
    List<Long> starts = increasing(random, n, 20 * 60);
    List<String> titles = IntStream.range(0, n).mapToObj(i -> title(random, i)).toList();
    long last = starts.get(n - 1);
    Optional<Duration> length = switch (random.nextInt(3)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(Duration.ofSeconds(last + 1 + random.nextInt(3600)));
      default -> Optional.of(Duration.ofSeconds(last - random.nextInt(60)));
    };

    Decision decision = ChapterLists.decide(
        List.of(runOf(starts, titles, random.nextBoolean(), written(random))), length,
        diagnostics);

    assertThat(decision.rejected()).isEmpty();
    assertThat(starts(decision)).isEqualTo(starts);
    assertThat(titles(decision)).isEqualTo(titles);
    for (int i = 0; i + 1 < n; i++) {
      assertThat(decision.chapters().get(i).end()).contains(Duration.ofSeconds(starts.get(i + 1)));
    }
    Optional<Duration> lastEnd = length.filter(l -> l.getSeconds() > last);
    assertThat(decision.chapters().get(n - 1).end()).isEqualTo(lastEnd);
    assertThat(codes()).doesNotContain("chapter-order", "chapter-rollover", "invalid-timestamp",
        "chapter-without-title", "chapter-list-ignored");
    assertThat(codes().contains("chapter-late-start")).isEqualTo(starts.get(0) > 0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anySingleItemWithoutHeadingIsRejected(int seed) {
    Random random = new Random(seed);
    String mark = random.nextInt(5) == 0
        ? String.format(Locale.ROOT, "%d:%d%d", random.nextInt(100), 6 + random.nextInt(4),
            random.nextInt(10))
        : mark(random.nextInt(4 * 3600), written(random));
    String title = random.nextInt(5) == 0 ? "" : title(random, random.nextInt(10));
    ChapterRun lone = new ChapterRun(List.of(at(1 + random.nextInt(50), 1 + random.nextInt(80), mark, title)),
        false);
    Optional<Duration> length = random.nextBoolean() ? Optional.empty()
        : Optional.of(Duration.ofSeconds(random.nextInt(7200)));

    Decision decision = ChapterLists.decide(List.of(lone), length, diagnostics);

    assertThat(decision.chapters()).isEmpty();
    assertThat(decision.rejected()).containsExactly(lone);
    assertThat(found()).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void oneSwappedPairKeepsEveryEntryWithOneOrderWarning(int seed) {
    Random random = new Random(seed);
    int n = 4 + random.nextInt(30);
    List<Long> starts = new ArrayList<>(increasing(random, n, 20 * 60));
    List<String> titles = new ArrayList<>(
        IntStream.range(0, n).mapToObj(i -> title(random, i)).toList());
    int i = random.nextInt(n - 1);
    Collections.swap(starts, i, i + 1);
    Collections.swap(titles, i, i + 1);

    Decision decision = ChapterLists.decide(
        List.of(runOf(starts, titles, random.nextBoolean(), written(random))),
        Optional.empty(), diagnostics);

    assertThat(decision.rejected()).isEmpty();
    assertThat(starts(decision)).isEqualTo(starts);
    assertThat(titles(decision)).isEqualTo(titles);
    List<Diagnostic> order = found().stream().filter(d -> d.code().equals("chapter-order"))
        .toList();
    assertThat(order).hasSize(1);
    assertThat(order.get(0).line()).as("at the second line of the pair").isEqualTo(i + 2);
    assertThat(codes()).doesNotContain("chapter-rollover");
    for (Chapter chapter : decision.chapters()) {
      chapter.end().ifPresent(end -> assertThat(end).isGreaterThan(chapter.start()));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anHourRolloverRepairRoundTrips(int seed) {
    Random random = new Random(seed);
    int n = 3 + random.nextInt(38);
    List<Long> starts = increasing(random, n, 25 * 60);
    List<String> titles = IntStream.range(0, n).mapToObj(i -> title(random, i)).toList();
    long last = starts.get(n - 1);
    Optional<Duration> length = random.nextBoolean() ? Optional.empty()
        : Optional.of(Duration.ofSeconds(last + random.nextInt(1800)));
    long crossings = IntStream.range(1, n)
        .filter(i -> starts.get(i) / 3600 > starts.get(i - 1) / 3600).count();

    // Written without hours: 1:06:00 is "06:00".
    Decision decision = ChapterLists.decide(
        List.of(runOf(starts, titles, random.nextBoolean(), Style.WRAPPED)), length,
        diagnostics);

    assertThat(decision.rejected()).isEmpty();
    assertThat(starts(decision)).isEqualTo(starts);
    assertThat(codes().stream().filter("chapter-rollover"::equals).count()).isEqualTo(crossings);
    assertThat(codes()).doesNotContain("chapter-order");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shuffledTimesAreRejected(int seed) {
    Random random = new Random(seed);
    int n = 16 + random.nextInt(25);
    List<Long> starts = new ArrayList<>(increasing(random, n, 10 * 60));
    Collections.shuffle(starts, random);
    List<String> titles = IntStream.range(0, n).mapToObj(i -> title(random, i)).toList();
    ChapterRun prose = runOf(starts, titles, random.nextBoolean(), Style.values()[random.nextInt(3)]);

    Decision decision = ChapterLists.decide(List.of(prose), Optional.empty(), diagnostics);

    assertThat(decision.chapters()).isEmpty();
    assertThat(decision.rejected()).containsExactly(prose);
    assertThat(found()).isEmpty();
  }

  @Test
  void longestIncreasingIsStrict() {
    assertThat(ChapterLists.longestIncreasing(new long[] {})).isZero();
    assertThat(ChapterLists.longestIncreasing(new long[] {5, 5, 5})).isEqualTo(1);
    assertThat(ChapterLists.longestIncreasing(new long[] {0, 10, 5, 15, 12, 20})).isEqualTo(4);
  }

  @Test
  void timesInMessagesAreWrittenAsPeopleDo() {
    assertThat(ChapterLists.time(0)).isEqualTo("0:00");
    assertThat(ChapterLists.time(365)).isEqualTo("6:05");
    assertThat(ChapterLists.time(3960)).isEqualTo("1:06:00");
  }
}
