/**
 * Building blocks shared by every feature's domain: the exceptions that carry a message key, and
 * small value helpers. Depends on nothing but the JDK.
 */
package org.cohesion.platform.domain;
