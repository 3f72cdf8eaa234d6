package dev.showpage.internal;

import dev.showpage.model.LinkKind;
import java.util.Locale;

/** Where a URL ends, whether it has a host, and what kind of place it points at. */
final class Urls {

  private Urls() {}

  /**
   * The URL without the punctuation that ends the sentence around it: a trailing full stop,
   * comma, semicolon, colon, exclamation or question mark, quote, and a closing bracket that
   * the URL does not open.
   */
  static String trim(String url) {
    int end = url.length();
    while (end > 0) {
      char c = url.charAt(end - 1);
      if (".,;:!?'\"\u201D\u2019>".indexOf(c) >= 0) {
        end--;
      } else if (c == ')' && count(url, end, '(') < count(url, end, ')')) {
        end--;
      } else if (c == ']' && count(url, end, '[') < count(url, end, ']')) {
        end--;
      } else {
        break;
      }
    }
    return url.substring(0, end);
  }

  private static int count(String s, int end, char c) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** The host part, lower case, without a {@code www.} prefix; empty when there is none. */
  static String host(String url) {
    int start = url.indexOf("://") + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String host = url.substring(start, end).toLowerCase(Locale.ROOT);
    int at = host.lastIndexOf('@');
    if (at >= 0) {
      host = host.substring(at + 1);
    }
    int colon = host.indexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    for (String prefix : new String[] {"www.", "m.", "mobile."}) {
      if (host.startsWith(prefix)) {
        host = host.substring(prefix.length());
      }
    }
    return host;
  }

  /** Whether the URL has a usable host: a dotted name with a top-level part, or localhost. */
  static boolean hasHost(String url) {
    String host = host(url);
    int dot = host.lastIndexOf('.');
    return host.equals("localhost") || (dot > 0 && dot < host.length() - 2);
  }

  static LinkKind kind(String url) {
    String host = host(url);
    if (is(host, "twitter.com") || is(host, "x.com")) {
      return LinkKind.TWITTER;
    } else if (is(host, "linkedin.com")) {
      return LinkKind.LINKEDIN;
    } else if (is(host, "github.com")) {
      return LinkKind.GITHUB;
    } else if (is(host, "youtube.com") || is(host, "youtu.be")) {
      return LinkKind.YOUTUBE;
    } else if (is(host, "bsky.app") || is(host, "bsky.social")) {
      return LinkKind.BLUESKY;
    } else if (is(host, "instagram.com")) {
      return LinkKind.INSTAGRAM;
    } else if (is(host, "facebook.com") || is(host, "fb.com")) {
      return LinkKind.FACEBOOK;
    } else if (host.contains("mastodon") || is(host, "fosstodon.org") || is(host, "hachyderm.io")) {
      return LinkKind.MASTODON;
    }
    return LinkKind.WEBSITE;
  }

  private static boolean is(String host, String domain) {
    return host.equals(domain) || host.endsWith("." + domain);
  }
}
