/**
 * The people of the network (members and their accounts), themes, the association's bodies and the
 * network calendar. Depends on platform.domain and platform.security (roles).
 */
package org.cohesion.network.domain;
