package dev.showpage.internal.session;

import dev.showpage.DateOrder;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a parser was built with: the same for every page it parses.
 *
 * @param dateOrder how to read a numeric date the page does not settle itself
 * @param dateOrderChosen whether the caller chose {@code dateOrder}, rather than taking the
 *     default, which a page that writes all its numeric dates with dots overrides
 * @param referenceDate the day "2 weeks ago" is counted back from, if any
 * @param strict whether the first error is thrown rather than reported
 * @param maxInputLength characters above which a page is not parsed
 * @param maxDiagnostics diagnostics kept, past which one last warning counts the rest
 */
public record ParseSettings(
        DateOrder dateOrder,
        boolean dateOrderChosen,
        Optional<LocalDate> referenceDate,
        boolean strict,
        int maxInputLength,
        int maxDiagnostics) {

    public ParseSettings {
        Objects.requireNonNull(dateOrder, "dateOrder is null");
        Objects.requireNonNull(referenceDate, "referenceDate is null");
    }
}
