/** The append-only audit log of security events and administrative changes. */
package org.cohesion.platform.audit;
