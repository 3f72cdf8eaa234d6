package dev.showpage.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference files beside the project ({@code ../shared}): a user's clone may not have them, so
 * their tests skip there; in CI ({@code CI=true}) they must be present, and their absence fails the
 * build instead of passing it unseen.
 */
public final class SharedFiles {

    private SharedFiles() {}

    /** Skips the calling test where {@code path} is absent, or fails it under {@code CI=true}. */
    public static void require(Path path) {
        if (Files.exists(path)) {
            return;
        }
        String message = path + " is not here";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: the shared reference files are required)");
        }
        Assumptions.abort(message);
    }
}
