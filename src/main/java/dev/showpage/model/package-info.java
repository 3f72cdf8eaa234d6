/**
 * The parsed page as immutable records.
 *
 * <p>Invariants that hold for every record here: lists are never null and cannot be modified; a
 * value the page does not give is an empty {@link java.util.Optional} (or {@link
 * java.util.OptionalInt}), never null and never a made-up default; dates are {@link
 * java.time.LocalDate} and lengths and offsets are {@link java.time.Duration}.
 */
package dev.showpage.model;
