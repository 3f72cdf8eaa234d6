package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The top-level domains a name without a scheme must end in to be a link. */
class TopLevelDomainsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "com", "org", "net", "edu", "gov", "mil", "int", "io", "fm", "ai", "co", "app",
                "dev", "me", "tv", "info", "biz", "xyz", "ly", "gg", "so", "sh", "to", "cc", "us",
                "uk", "de", "jp", "COM", "Fm", "рф", "中国", "みんな", "link", "show", "social", "studio"
            })
    void knowsTheCommonOnes(String tld) {
        assertThat(TopLevelDomains.isKnown(tld)).as(tld).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "js",
                "py0",
                "zip",
                "mov",
                "baz",
                "comm",
                "bz2",
                "jpg",
                "pdf",
                "txt",
                "html",
                "exe",
                "",
                "c",
                "x",
                "example",
                "invalid",
                "localhost",
                "test"
            })
    void knowsNoFileExtensionsOrReservedNames(String tld) {
        assertThat(TopLevelDomains.isKnown(tld)).as(tld).isFalse();
    }
}
