package org.cohesion.platform.search;

/** A title proposed as one types, with the page it leads to. */
public record Suggestion(String kind, String title, String link) {}
