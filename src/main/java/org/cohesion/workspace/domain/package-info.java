/**
 * Working groups and their rules: memberships with roles, visibility, join policy and join
 * requests. Depends on network.domain (members, themes) and platform.domain only.
 */
package org.cohesion.workspace.domain;
