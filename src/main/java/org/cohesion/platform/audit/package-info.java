/**
 * The append-only audit log of security events and administrative changes. May use
 * platform.security (who acted) only; it knows no feature.
 */
package org.cohesion.platform.audit;
