/**
 * Building blocks shared by every feature's domain: the exceptions that carry a message key, and
 * small value helpers. May use nothing but the JDK and Bean Validation.
 */
package org.cohesion.platform.domain;
