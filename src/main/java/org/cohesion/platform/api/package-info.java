/** The JAX-RS application: one {@code /api} root for the features' REST resources. */
package org.cohesion.platform.api;
