package dev.showpage.internal.session;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Severity;

/**
 * Every code a diagnostic can carry, with its severity. The codes are part of the JSON contract and
 * of the README's table of diagnostics, which a test holds to this list.
 */
public enum DiagnosticCode {
    MISSING_TITLE("missing-title", Severity.WARNING),
    MISSING_DATE("missing-date", Severity.WARNING),
    MISSING_LISTENERS("missing-listeners", Severity.WARNING),
    EXTRA_HEAD_LINE("extra-head-line", Severity.WARNING),
    EXTRA_DATE_LINE("extra-date-line", Severity.WARNING),
    DATE_LINE_TEXT("date-line-text", Severity.WARNING),
    HEADING_COUNT("heading-count", Severity.WARNING),
    CHAPTER_ORDER("chapter-order", Severity.WARNING),
    CHAPTER_LATE_START("chapter-late-start", Severity.WARNING),
    CHAPTER_ROLLOVER("chapter-rollover", Severity.WARNING),
    CHAPTER_LIST_IGNORED("chapter-list-ignored", Severity.WARNING),
    CHAPTER_PAST_END("chapter-past-end", Severity.WARNING),
    CHAPTER_WITHOUT_TITLE("chapter-without-title", Severity.WARNING),
    AMBIGUOUS_DATE("ambiguous-date", Severity.WARNING),
    RELATIVE_DATE("relative-date", Severity.WARNING),
    DOUBLE_ENCODED("double-encoded", Severity.WARNING),
    MOJIBAKE("mojibake-repaired", Severity.WARNING),
    HTML_REMNANT("html-remnant", Severity.WARNING),
    CHAPTER_REPAIRED("chapter-repaired", Severity.WARNING),
    GLUED_TEXT("glued-text", Severity.WARNING),
    FAQ_WITHOUT_ANSWER("faq-without-answer", Severity.WARNING),
    HEADING_IN_CARD("heading-in-card", Severity.WARNING),
    REPEATED_HEADING("repeated-heading", Severity.WARNING),
    TOO_MANY_DIAGNOSTICS("too-many-diagnostics", Severity.WARNING),
    EMPTY_PAGE("empty-page", Severity.WARNING),
    EMPTY_DURATION("empty-duration", Severity.WARNING),
    INVALID_TIMESTAMP("invalid-timestamp", Severity.ERROR),
    INVALID_DATE("invalid-date", Severity.ERROR),
    INVALID_DURATION("invalid-duration", Severity.ERROR),
    INVALID_UTF8("invalid-utf8", Severity.ERROR),
    INPUT_TOO_LARGE("input-too-large", Severity.ERROR),
    BROKEN_URL("broken-url", Severity.ERROR),
    UNRECOGNISED_LINE("unrecognised-line", Severity.ERROR),
    UNEXPECTED_LINE("unexpected-line", Severity.ERROR);

    private final String code;
    private final Severity severity;

    DiagnosticCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The stable code as the JSON and the README write it ("missing-title"). */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** A diagnostic of this code at a 1-based line and column. */
    public Diagnostic at(int line, int column, String message) {
        return new Diagnostic(severity, code, line, column, message);
    }
}
