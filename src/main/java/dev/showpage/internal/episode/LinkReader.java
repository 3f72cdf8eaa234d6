package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.LinkItem;
import dev.showpage.internal.episode.EpisodeDraft.Section;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.LabelledUrlContext;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Platform;
import dev.showpage.internal.text.Urls;
import dev.showpage.model.LinkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * The links of an episode's notes and the words that label them: "Label: URL", "[label](URL)",
 * "Label: &lt;URL&gt;", a label on the line before its URL, "Twitter: @name", and the group a
 * "Follow X:" or "Links Mentioned:" heading opens for the links under it.
 */
final class LinkReader {

    private final EpisodeDraft draft;
    private final SourceText source;
    private final Diagnostics diagnostics;
    private final LineState line;
    private final PendingWords words;

    /** The heading the links stand under, and the people a "Follow X:" heading names. */
    private Section section = Section.PROSE;

    private List<String> group = List.of();

    LinkReader(
            EpisodeDraft draft,
            SourceText source,
            Diagnostics diagnostics,
            LineState line,
            PendingWords words) {
        this.draft = draft;
        this.source = source;
        this.diagnostics = diagnostics;
        this.line = line;
        this.words = words;
    }

    /** A "Follow X:" or "Links Mentioned:" heading: the links after it are of its group. */
    void openGroup(Section section, List<String> group) {
        this.section = section;
        this.group = group;
        line.openedSection = true;
    }

    /** What follows is prose again. */
    void closeGroup() {
        section = Section.PROSE;
        group = List.of();
    }

    /** A line with no URL ends a link group, but for the line of its heading. */
    void endLine() {
        if (section != Section.PROSE && line.started && !line.hasUrl && !line.openedSection) {
            closeGroup();
        }
    }

    /** "Label: URL", "Label: domain.com". */
    void readLabelled(LabelledUrlContext ctx) {
        Token link = ctx.URL() != null ? ctx.URL().getSymbol() : ctx.DOMAIN().getSymbol();
        Urls.Url url = Urls.read(link.getText());
        if (ctx.URL() == null && !url.isLink()) {
            words.add(ctx.COLON().getSymbol());
            words.add(ctx.DOMAIN().getSymbol());
            return;
        }
        // ": URL" with no label: the colon only opens the link, and is no text of its own.
        add(link, url, takeLabel());
    }

    /**
     * "Twitter: @name", "X: @name": a handle is a link when a platform's name labels it; it is kept
     * as written, with the platform's kind. Any other "Label: @name" is text.
     */
    void readHandle(LabelledUrlContext ctx) {
        LinkKind kind =
                words.isEmpty()
                        ? null
                        : Platform.named(words.last().getText())
                                .filter(Platform::takesHandles)
                                .map(Platform::kind)
                                .orElse(null);
        if (kind == null) {
            words.add(ctx.COLON().getSymbol());
            words.add(ctx.HANDLE().getSymbol());
            return;
        }
        List<Token> label = takeLabel();
        Token token = ctx.HANDLE().getSymbol();
        add(new LinkItem(labelText(label), token.getText(), kind, section, group, label.get(0)));
        line.hasUrl = true;
        line.hasContent = true;
    }

    /** The label before a colon and the link after it; the words before the label are ended. */
    private List<Token> takeLabel() {
        line.started = true;
        List<Token> label = words.cutLabel();
        words.flush();
        words.closeChapter();
        return label;
    }

    /** A domain without a scheme: a link, or a word ("Fly.io" named in a sentence). */
    void readDomain(Token token) {
        Urls.Url url = Urls.read(token.getText());
        if (isBareLink(token, url)) {
            read(token, url);
        } else {
            words.add(token);
        }
    }

    /**
     * Whether a domain without a scheme is a link here: "www.example.com", "example.com/path" and a
     * lower-case "example.com" are; a capitalised name ("Fly.io", "Transistor.fm") is a company
     * named in a sentence or a label ("Xata.io: https://xata.io"), and so are domains in a
     * chapter's title.
     */
    private boolean isBareLink(Token token, Urls.Url url) {
        if (!url.isLink() || words.openChapter != null) {
            return false;
        }
        String host = url.text();
        if (host.indexOf('/') > 0 || host.regionMatches(true, 0, "www.", 0, 4)) {
            return true;
        }
        Token next = source.token(token.getTokenIndex() + 1);
        if (next.getType() == EpisodePageLexer.COLON && isAdjacent(token, next)) {
            Token after = source.token(next.getTokenIndex() + 1);
            if (after.getType() == EpisodePageLexer.URL
                    || after.getType() == EpisodePageLexer.DOMAIN) {
                return false; // "Xata.io: https://xata.io": the label of the link after it
            }
        }
        return host.equals(host.toLowerCase(Locale.ROOT));
    }

    /**
     * A URL standing on its own: its label is a markdown link's text ("[Eight Inch](URL)"), the
     * words before "<URL>" up to a colon, or a label left at the end of the line above.
     */
    void read(Token token, Urls.Url url) {
        if (!isWebScheme(url.token()) && !url.textHasHost()) {
            words.add(token); // "word://" with nothing after it is no app link, just text
            return;
        }
        List<Token> before = words.list();
        List<Token> label = words.takeDanglingLabel();
        if (line.started || !before.isEmpty()) {
            label = List.of();
        }
        int n = before.size();
        if (n >= 3
                && isAdjacent(before.get(n - 1), token)
                && before.get(n - 1).getText().equals("(")
                && before.get(n - 2).getText().equals("]")
                && isAdjacent(before.get(n - 2), before.get(n - 1))) {
            int open = n - 3;
            while (open >= 0 && !before.get(open).getText().equals("[")) {
                open--;
            }
            if (open >= 0) {
                label = new ArrayList<>(before.subList(open + 1, n - 2));
                before.subList(open, n).clear();
                expectClosing(token, url, ")");
            }
        } else if (n >= 1
                && (before.get(n - 1).getText().equals("<")
                        || before.get(n - 1).getText().equals("("))
                && isAdjacent(before.get(n - 1), token)) {
            boolean angle = before.get(n - 1).getText().equals("<");
            before.remove(n - 1);
            expectClosing(token, url, angle ? ">" : ")");
            if (angle && !words.isEmpty() && words.last().getType() == EpisodePageLexer.COLON) {
                label = words.cutLabel();
            }
        }
        words.beginStructure();
        add(token, url, label);
    }

    /**
     * Whether the token is the bracket that closes the link just read: the ")" of "[label](url)" or
     * "(url)", the ">" of "&lt;url&gt;", or a bracket that closes the sentence around the URL. Such
     * a bracket is punctuation, not text.
     */
    boolean closesLink(Token token) {
        if (token.getStartIndex() == line.closingAt
                && (token.getText().equals(line.closing)
                        || (line.closing == null && ")]}>".contains(token.getText())))) {
            line.closing = null;
            line.closingAt = -1;
            return true;
        }
        return false;
    }

    private static boolean isWebScheme(String url) {
        return url.regionMatches(true, 0, "http://", 0, 7)
                || url.regionMatches(true, 0, "https://", 0, 8)
                || url.regionMatches(true, 0, "ftp://", 0, 6);
    }

    private void expectClosing(Token token, Urls.Url url, String text) {
        line.closing = text;
        line.closingAt = token.getStartIndex() + url.end();
    }

    private static boolean isAdjacent(Token first, Token next) {
        return first.getStopIndex() + 1 == next.getStartIndex();
    }

    private void add(Token token, Urls.Url url, List<Token> label) {
        if (line.closing == null) {
            // A bracket glued after it closes the sentence, not the URL.
            expectClosing(token, url, null);
        }
        line.hasUrl = true;
        line.hasContent = true;
        String text = url.text();
        String rest = url.token().substring(text.length());
        if (!rest.isEmpty() && rest.codePoints().anyMatch(Character::isLetterOrDigit)) {
            // "https://example.com/a、テスト": the words run into the URL are text of their own.
            draft.addProse(token, SourceText.collapse(rest));
        }
        if (!url.textHasHost()) {
            diagnostics.report(
                    DiagnosticCode.BROKEN_URL, token, "the URL '" + url.token() + "' has no host");
            if (!label.isEmpty()) {
                // The words meant as its label stay in the text (they may be on the line before).
                draft.addProse(label.get(0), source.of(label));
            }
            line.lastLink = null;
            return;
        }
        String labelText = label.isEmpty() ? null : labelText(label);
        Token at = label.isEmpty() ? token : label.get(0);
        add(new LinkItem(labelText, text, url.kind(), section, group, at));
    }

    private void add(LinkItem item) {
        draft.addLink(item);
        line.lastLink = item;
        line.noteOpen = false;
    }

    private String labelText(List<Token> label) {
        Token last = label.get(label.size() - 1);
        if (last.getType() == EpisodePageLexer.COLON) {
            label = label.subList(0, label.size() - 1);
        }
        return label.isEmpty() ? null : source.of(label);
    }
}
