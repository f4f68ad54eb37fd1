/**
 * The decision log over HTTP (JAX-RS, under {@code /api}): the verification of the register as
 * JSON. Calls decisions.application only; the service checks the caller's right.
 */
package org.cohesion.decisions.api;
