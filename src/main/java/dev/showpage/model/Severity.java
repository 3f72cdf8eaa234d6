package dev.showpage.model;

/** How bad a {@link Diagnostic} is. */
public enum Severity {
    /** Something was missing or odd, but what the page says was still captured. */
    WARNING,
    /** Part of the page could not be understood, or it contradicts itself; a strict parse fails. */
    ERROR
}
