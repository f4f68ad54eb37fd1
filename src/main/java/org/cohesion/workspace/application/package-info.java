/**
 * Use cases of working groups, each a transaction that checks the caller's right on the very group
 * it touches, and {@link org.cohesion.workspace.application.GroupAccessLookup}, the one lookup of a
 * caller's access to a group, which minutes and observation use too. May use workspace.domain,
 * network's application (the member search) and domain, and platform.
 */
package org.cohesion.workspace.application;
