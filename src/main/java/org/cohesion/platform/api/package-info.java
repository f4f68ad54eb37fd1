/**
 * The JAX-RS application: one {@code /api} root for the features' REST resources. May use the JDK
 * and Jakarta EE only; it knows no feature.
 */
package org.cohesion.platform.api;
