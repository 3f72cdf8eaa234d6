package dev.showpage;

/** What the {@code @FuzzTest} targets share. */
public final class Fuzzing {

    /**
     * How long {@code JAZZER_FUZZ=1} fuzzes one target; Jazzer 0.24 takes the time from the
     * annotation only. Regression runs (every {@code mvn test}) do not use it.
     */
    public static final String DURATION = "20m";

    private Fuzzing() {}
}
