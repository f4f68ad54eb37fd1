/**
 * Working groups and their rules: memberships with roles, visibility, join policy and join
 * requests, and {@code GroupAccess}. May use network.domain (members, themes), platform.domain and
 * platform.security (the caller) only.
 */
package org.cohesion.workspace.domain;
