/**
 * The observatory over HTTP (JAX-RS, under {@code /api}): import progress, polled by the import
 * page during a commit, and dashboards as CSV. May use observation.application, observation.domain,
 * the period parameter of observation.web, and platform.
 */
package org.cohesion.observation.api;
