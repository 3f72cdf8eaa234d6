package dev.showpage.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The diagnostics of one parse past {@code maxDiagnostics}: only the first ones in page order are
 * held, whatever order they are reported in, and the output is the same as if every one had been
 * held and the list cut at the end.
 */
class DiagnosticsTest {

    private static final int LIMIT = 10;

    private static final Comparator<Diagnostic> PAGE_ORDER =
            Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    /** Warnings and a few errors at random places, several at one place, in no order. */
    private static List<Diagnostic> reports(long seed) {
        Random random = new Random(seed);
        List<Diagnostic> reports = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            DiagnosticCode code =
                    random.nextInt(50) == 0
                            ? DiagnosticCode.BROKEN_URL
                            : DiagnosticCode.CHAPTER_ORDER;
            reports.add(code.at(1 + random.nextInt(400), 1 + random.nextInt(3), "report " + i));
        }
        return reports;
    }

    private static Diagnostics reported(List<Diagnostic> reports) {
        Diagnostics diagnostics = new Diagnostics(LIMIT, Columns.of(""));
        reports.forEach(diagnostics::add);
        return diagnostics;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void noMoreThanTheLimitIsHeldInMemory(long seed) {
        assertThat(reported(reports(seed)).held()).isLessThanOrEqualTo(LIMIT);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void theOutputIsTheFirstOnesInPageOrderAndACountOfTheRest(long seed) {
        List<Diagnostic> reports = reports(seed);
        List<Diagnostic> all = new ArrayList<>(reports);
        all.sort(PAGE_ORDER); // stable: reports at one place stay in the order they came

        List<Diagnostic> sorted = reported(reports).sorted();

        assertThat(sorted.subList(0, LIMIT)).isEqualTo(all.subList(0, LIMIT));
        Diagnostic last = sorted.get(LIMIT);
        assertThat(sorted).hasSize(LIMIT + 1);
        assertThat(last.code()).isEqualTo("too-many-diagnostics");
        assertThat(last.position()).isEqualTo(all.get(LIMIT).position());
        assertThat(last.message()).startsWith((all.size() - LIMIT) + " more diagnostics");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void theFirstErrorIsFoundAmongTheOnesLeftOut(long seed) {
        List<Diagnostic> reports = new ArrayList<>();
        reports.add(DiagnosticCode.BROKEN_URL.at(900, 4, "late error"));
        reports.addAll(
                reports(seed).stream().filter(d -> d.severity() == Severity.WARNING).toList());
        reports.add(DiagnosticCode.BROKEN_URL.at(700, 2, "earlier error"));

        Diagnostics diagnostics = reported(reports);

        assertThat(diagnostics.sorted()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(diagnostics.firstError())
                .hasValueSatisfying(e -> assertThat(e.message()).isEqualTo("earlier error"));
    }
}
