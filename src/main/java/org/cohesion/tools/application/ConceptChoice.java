package org.cohesion.tools.application;

import java.io.Serializable;

/** A concept offered by the picker: its id, which is all the server uses, and its label. */
public record ConceptChoice(long id, String label) implements Serializable {}
