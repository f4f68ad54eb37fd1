package org.cohesion.observation.domain;

import java.io.Serializable;

/** A territory as lists and charts name it, read without its groupings or its boundary. */
public record TerritoryRef(Long id, String code, String name, TerritoryLevel level, boolean demo)
    implements Serializable {}
