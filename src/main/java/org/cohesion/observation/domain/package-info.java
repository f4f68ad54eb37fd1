/**
 * Territories, indicators, periods, import batches, the CSV parser ({@link
 * org.cohesion.observation.domain.ObservationFileParser}) and {@link
 * org.cohesion.observation.domain.ObservationAccess}. Plain Java and JPA mappings; depends on
 * {@code platform.domain} and {@code platform.security} only.
 */
package org.cohesion.observation.domain;
