/**
 * Territories, indicators, periods, import batches, the CSV parser ({@link
 * org.cohesion.observation.domain.ObservationFileParser}) and {@link
 * org.cohesion.observation.domain.ObservationAccess}. Plain Java and JPA mappings. May use
 * network.domain (who imported), platform.domain and platform.security only.
 */
package org.cohesion.observation.domain;
