/**
 * The people of the network (members and their accounts), themes, the association's bodies and the
 * network calendar. May use platform.domain and platform.security (roles) only.
 */
package org.cohesion.network.domain;
