package org.cohesion.platform.security;

import java.io.Serializable;

/**
 * What Shiro keeps in the session once someone is signed in: ids only, small and serialisable, so
 * the session replicates cheaply across the cluster. Everything else is read from the database.
 */
public record AccountPrincipal(long accountId, String login) implements Serializable {}
